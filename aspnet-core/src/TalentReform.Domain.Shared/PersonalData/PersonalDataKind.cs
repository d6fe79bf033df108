namespace TalentReform.PersonalData;

/// <summary>
/// The kinds of personal information (个人信息) the model holds, each with its own mask. A property of one of
/// these kinds is marked <see cref="PersonalAttribute"/> once, on the entity, and masked wherever it leaves
/// the server for a caller without <c>TalentReform.Persons.ViewIdNumber</c>; audit values are stored masked.
/// </summary>
public enum PersonalDataKind
{
    /// <summary>居民身份证号: 2102**********1234.</summary>
    IdNumber = 1,

    /// <summary>Phone or mobile number: 139****5678.</summary>
    Phone = 2,

    /// <summary>E-mail address: z***@example.com.</summary>
    Email = 3,

    /// <summary>Bank account or card number: ************1234.</summary>
    BankAccount = 4,

    /// <summary>A person's name where it is published (资金公示): 张*明. Never shown in full there, whoever asks.</summary>
    Name = 5,
}
