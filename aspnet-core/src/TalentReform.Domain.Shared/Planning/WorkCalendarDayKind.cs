namespace TalentReform.Planning;

/// <summary>How a special day of the national calendar differs from an ordinary week.</summary>
public enum WorkCalendarDayKind
{
    /// <summary>法定节假日 / 调休休息: a day off, even on a weekday.</summary>
    Holiday,

    /// <summary>调休上班: a working day, even on a Saturday or Sunday.</summary>
    MakeUpWorkday,
}
