namespace TalentReform.Planning;

/// <summary>
/// The State Council's holiday notices (国务院办公厅关于部分节假日安排的通知) as calendar data, seeded once per
/// year; the host admin corrects or adds years through the API.
/// </summary>
public static class StateCouncilHolidayNotices
{
    private const string NewYear = "元旦";
    private const string SpringFestival = "春节";
    private const string QingMing = "清明节";
    private const string LabourDay = "劳动节";
    private const string DragonBoat = "端午节";
    private const string MidAutumn = "中秋节";
    private const string NationalDay = "国庆节";
    private const string NationalDayAndMidAutumn = "国庆节、中秋节";

    /// <summary>国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号).</summary>
    public static readonly IReadOnlyList<(DateOnly Date, WorkCalendarDayKind Kind, string Name)> Year2025 =
    [
        .. Off(2025, 1, 1, 1, NewYear),
        .. Off(2025, 1, 28, 8, SpringFestival), // 1月28日（除夕）至2月4日
        On(2025, 1, 26, SpringFestival), // 周日
        On(2025, 2, 8, SpringFestival), // 周六
        .. Off(2025, 4, 4, 3, QingMing),
        .. Off(2025, 5, 1, 5, LabourDay),
        On(2025, 4, 27, LabourDay), // 周日
        .. Off(2025, 5, 31, 3, DragonBoat), // 5月31日至6月2日
        .. Off(2025, 10, 1, 8, NationalDayAndMidAutumn),
        On(2025, 9, 28, NationalDayAndMidAutumn), // 周日
        On(2025, 10, 11, NationalDayAndMidAutumn), // 周六
    ];

    /// <summary>
    /// 国务院办公厅关于2026年部分节假日安排的通知 (dated 2025-11-04, published by Xinhua the same day). Every date
    /// below was checked against the notice's text as published by Xinhua (reprinted by gmw.cn); none is assumed.
    /// </summary>
    public static readonly IReadOnlyList<(DateOnly Date, WorkCalendarDayKind Kind, string Name)> Year2026 =
    [
        .. Off(2026, 1, 1, 3, NewYear), // 1月1日（周四）至3日（周六）
        On(2026, 1, 4, NewYear), // 周日
        .. Off(2026, 2, 15, 9, SpringFestival), // 2月15日（腊月二十八）至23日（正月初七）
        On(2026, 2, 14, SpringFestival), // 周六
        On(2026, 2, 28, SpringFestival), // 周六
        .. Off(2026, 4, 4, 3, QingMing),
        .. Off(2026, 5, 1, 5, LabourDay),
        On(2026, 5, 9, LabourDay), // 周六
        .. Off(2026, 6, 19, 3, DragonBoat),
        .. Off(2026, 9, 25, 3, MidAutumn),
        .. Off(2026, 10, 1, 7, NationalDay),
        On(2026, 9, 20, NationalDay), // 周日
        On(2026, 10, 10, NationalDay), // 周六
    ];

    public static readonly IReadOnlyDictionary<int, IReadOnlyList<(DateOnly Date, WorkCalendarDayKind Kind, string Name)>> ByYear =
        new Dictionary<int, IReadOnlyList<(DateOnly, WorkCalendarDayKind, string)>>
        {
            [2025] = Year2025,
            [2026] = Year2026,
        };

    /// <summary>Consecutive days off, weekends included (the notice's 放假 range).</summary>
    private static IEnumerable<(DateOnly, WorkCalendarDayKind, string)> Off(int year, int month, int day, int days, string name) =>
        Enumerable.Range(0, days).Select(i => (new DateOnly(year, month, day).AddDays(i), WorkCalendarDayKind.Holiday, name));

    private static (DateOnly, WorkCalendarDayKind, string) On(int year, int month, int day, string name) =>
        (new DateOnly(year, month, day), WorkCalendarDayKind.MakeUpWorkday, name);
}
