namespace TalentReform.Staffing;

public static class PostConsts
{
    public const int MaxTitleLength = 128;
    public const int MaxCodeLength = 32;
    public const string CodePattern = "^[A-Za-z0-9][A-Za-z0-9._-]*$";
    public const double MinFte = 0.1;
    public const double MaxFte = 1.0;
    public const int MaxDutyClauses = 50;
}
