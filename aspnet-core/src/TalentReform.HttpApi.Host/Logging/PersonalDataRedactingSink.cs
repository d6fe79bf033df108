using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;
using TalentReform.PersonalData;

namespace TalentReform.Logging;

/// <summary>
/// Sits in front of every configured sink (console, file, whatever the configuration adds) and masks full ID and
/// mobile numbers in the message template, every property value and the exception text, so no log line carries one
/// whatever code logged it (a request path, an exception message, an import error).
/// </summary>
internal sealed class PersonalDataRedactingSink(Logger sinks) : ILogEventSink, IDisposable
{
    private static readonly MessageTemplateParser Parser = new();

    public void Emit(LogEvent logEvent) => sinks.Write(Redact(logEvent));

    public void Dispose() => sinks.Dispose();

    public static LogEvent Redact(LogEvent e)
    {
        var text = PersonalDataMask.Redact(e.MessageTemplate.Text);
        var template = text == e.MessageTemplate.Text ? e.MessageTemplate : Parser.Parse(text);
        var properties = e.Properties.Select(p => new LogEventProperty(p.Key, Redact(p.Value)));
        return new LogEvent(e.Timestamp, e.Level, Redact(e.Exception), template, properties, e.TraceId ?? default, e.SpanId ?? default);
    }

    private static Exception? Redact(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var redacted = PersonalDataMask.Redact(text);
        return redacted == text ? exception : new RedactedException(exception, redacted);
    }

    private static LogEventPropertyValue Redact(LogEventPropertyValue value) => value switch
    {
        ScalarValue { Value: null } => value,
        ScalarValue scalar => RedactScalar(scalar),
        SequenceValue sequence => new SequenceValue(sequence.Elements.Select(Redact)),
        StructureValue structure => new StructureValue(structure.Properties.Select(p => new LogEventProperty(p.Name, Redact(p.Value))), structure.TypeTag),
        DictionaryValue dictionary => new DictionaryValue(dictionary.Elements.Select(kv =>
            new KeyValuePair<ScalarValue, LogEventPropertyValue>(RedactScalar(kv.Key), Redact(kv.Value)))),
        _ => value,
    };

    /// <summary>Numbers too: a mobile number logged as a long is still a mobile number.</summary>
    private static ScalarValue RedactScalar(ScalarValue scalar)
    {
        if (scalar.Value is not (string or long or ulong or decimal))
        {
            return scalar;
        }

        var text = Convert.ToString(scalar.Value, CultureInfo.InvariantCulture)!;
        var redacted = PersonalDataMask.Redact(text);
        return redacted == text ? scalar : new ScalarValue(redacted);
    }

    /// <summary>The original exception's text with personal numbers masked; its type name stays in that text.</summary>
    private sealed class RedactedException(Exception original, string text) : Exception(PersonalDataMask.Redact(original.Message))
    {
        public override string? StackTrace => null;

        public override string ToString() => text;
    }
}
