using System.Buffers.Binary;
using Microsoft.AspNetCore.Cryptography.KeyDerivation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using TalentReform.Identity;

namespace TalentReform.Account;

/// <summary>
/// The test hosts hash passwords with few PBKDF2 iterations to keep some 300 sign-ins cheap
/// (<see cref="TalentReformWebApplicationFactory.TestPasswordHashIterations"/>); the product must keep ASP.NET
/// Identity's strong default. A host configured as the product is checks the hashes it writes.
/// </summary>
public class PasswordHashingTests(PasswordHashingTests.ProductHashingFactory factory) : IClassFixture<PasswordHashingTests.ProductHashingFactory>
{
    private const int ProductMinimumIterations = 100_000;

    [Fact]
    public void The_product_hashes_passwords_with_pbkdf2_sha512_and_at_least_100000_iterations()
    {
        var (algorithm, iterations) = Parameters(Hash(factory));

        algorithm.ShouldBe(KeyDerivationPrf.HMACSHA512);
        iterations.ShouldBeGreaterThanOrEqualTo(ProductMinimumIterations);
    }

    [Fact]
    public void Only_the_test_hosts_lower_the_iteration_count()
    {
        using var testHost = new TalentReformWebApplicationFactory();

        Parameters(Hash(testHost)).Iterations.ShouldBe(TalentReformWebApplicationFactory.TestPasswordHashIterations);
        Parameters(Hash(factory)).Iterations.ShouldBeGreaterThan(TalentReformWebApplicationFactory.TestPasswordHashIterations);
    }

    private static string Hash(TalentReformWebApplicationFactory host)
    {
        var hasher = host.Services.GetRequiredService<IPasswordHasher<AppUser>>();
        return hasher.HashPassword(new AppUser(Guid.NewGuid(), "hash-check", "hash-check", null, DateTimeOffset.UtcNow), TestData.Password);
    }

    /// <summary>Identity's version-3 format: 0x01, then the PRF, the iteration count and the salt length (big-endian).</summary>
    private static (KeyDerivationPrf Algorithm, int Iterations) Parameters(string hash)
    {
        var bytes = Convert.FromBase64String(hash);
        bytes[0].ShouldBe((byte)0x01);
        return ((KeyDerivationPrf)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5)));
    }

    /// <summary>The real host with the product's password hashing (everything else as in every test host).</summary>
    public sealed class ProductHashingFactory : TalentReformWebApplicationFactory
    {
        protected override bool UsesTestPasswordHashing => false;
    }
}
