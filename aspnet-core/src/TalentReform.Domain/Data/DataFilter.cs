namespace TalentReform.Data;

/// <summary>Scoped per request; nested scopes restore the previous state when disposed.</summary>
public sealed class DataFilter : IDataFilter
{
    private int _disabledDepth;

    public bool IsZoneFilterEnabled => _disabledDepth == 0;

    public IDisposable DisableZoneFilter()
    {
        _disabledDepth++;
        return new Restore(this);
    }

    private sealed class Restore(DataFilter owner) : IDisposable
    {
        private bool _disposed;

        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            owner._disabledDepth--;
        }
    }
}
