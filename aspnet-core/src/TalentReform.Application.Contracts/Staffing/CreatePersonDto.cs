namespace TalentReform.Staffing;

public class CreatePersonDto : PersonInputBase;
