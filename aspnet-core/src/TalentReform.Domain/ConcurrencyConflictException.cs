namespace TalentReform;

/// <summary>The client edited a stale copy (its concurrency stamp no longer matches): 409.</summary>
public class ConcurrencyConflictException() : Exception("The entity was changed by someone else.");
