using System.Security.Cryptography;
using System.Text;

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>A salted PBKDF2-SHA256 hash; compared in constant time so a timing does not reveal how much matched.</summary>
public sealed class PasswordHash
{
    // High enough to make offline guessing slow, low enough that a login on a shared 2-core machine stays under ~100 ms.
    private const int Iterations = 100_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly byte[] _salt;
    private readonly byte[] _hash;

    private PasswordHash(byte[] salt, byte[] hash)
    {
        _salt = salt;
        _hash = hash;
    }

    public static PasswordHash Of(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return new PasswordHash(salt, Derive(password, salt));
    }

    public bool Matches(string password) => CryptographicOperations.FixedTimeEquals(Derive(password, _salt), _hash);

    private static byte[] Derive(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
}
