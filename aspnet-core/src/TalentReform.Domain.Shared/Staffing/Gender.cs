namespace TalentReform.Staffing;

public enum Gender
{
    Male,
    Female,
}
