using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Shouldly;

namespace TalentReform;

/// <summary>JSON over HTTP the way the host speaks it: camelCase, enums as names.</summary>
public static class HttpJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, object body) =>
        client.PostAsJsonAsync(url, body, Options);

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, Options);

    /// <summary>Sends the text as it is (malformed or hand-written JSON).</summary>
    public static Task<HttpResponseMessage> PostRawJsonAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options)
                ?? throw new InvalidOperationException($"The response body is null: {body}");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{(int)response.StatusCode} {response.StatusCode} is not a {typeof(T).Name}: {body}", e);
        }
    }

    /// <summary>Asserts a 2xx answer (the message shows the body otherwise) and reads it.</summary>
    public static async Task<T> ShouldSucceedAsync<T>(this HttpResponseMessage response)
    {
        await response.ShouldSucceedAsync();
        return await response.ReadJsonAsync<T>();
    }

    public static async Task ShouldSucceedAsync(this HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.IsSuccessStatusCode.ShouldBeTrue(
                $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {body}");
        }
    }

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return await response.ShouldSucceedAsync<T>();
    }
}
