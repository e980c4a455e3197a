using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using PeaceOps.Ops.Silo.Hosting;

namespace PeaceOps.Ops.Silo.Auth;

/// <summary>
/// The key the product signs its own tokens with: configured, or generated on first start and kept in the data
/// directory so that tokens survive a restart and hosts sharing the directory accept each other's tokens.
/// </summary>
public static class TokenSigningKey
{
    public const string FileName = "token-signing.key";
    private const int KeyBytes = 32;

    public static SymmetricSecurityKey Load(AuthOptions options, string dataDirectory)
    {
        var bytes = string.IsNullOrWhiteSpace(options.SigningKey)
            ? LoadOrCreate(Path.Combine(dataDirectory, FileName))
            : FromSetting(options.SigningKey);
        return new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] };
    }

    private static byte[] FromSetting(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException ex)
        {
            throw new StartupException("PeaceOps:Auth:SigningKey is not valid base64.", ex);
        }

        return bytes.Length >= KeyBytes
            ? bytes
            : throw new StartupException($"PeaceOps:Auth:SigningKey must be at least {KeyBytes} bytes (base64 of {KeyBytes} random bytes).");
    }

    private static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            var fresh = RandomNumberGenerator.GetBytes(KeyBytes);
            try
            {
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var writer = new StreamWriter(path, create);
                writer.Write(Convert.ToBase64String(fresh));
                return fresh;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another host sharing the data directory wrote it first: use theirs.
            }
        }

        try
        {
            return FromSetting(File.ReadAllText(path).Trim());
        }
        catch (StartupException ex)
        {
            throw new StartupException($"The token signing key '{path}' is damaged; delete it to generate a new one (signed-in users must sign in again). {ex.Message}", ex);
        }
    }
}
