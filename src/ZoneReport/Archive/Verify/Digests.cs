using System.Security.Cryptography;

namespace ZoneReport.Archive.Verify;

/// <summary>The checksum algorithms that BagIt manifests and WARC digests name, and their text forms.</summary>
internal static class Digests
{
    /// <summary>The hash for a BagIt algorithm name (manifest-sha256.txt) or a WARC label (sha1:, sha-256:); null when not supported.</summary>
    public static Func<byte[], byte[]>? Algorithm(string name) =>
        name.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal) switch
        {
            "md5" => MD5.HashData,
            "sha1" => SHA1.HashData,
            "sha256" => SHA256.HashData,
            "sha384" => SHA384.HashData,
            "sha512" => SHA512.HashData,
            _ => null,
        };

    public static IncrementalHash? Incremental(string name) =>
        name.ToLowerInvariant().Replace("-", "", StringComparison.Ordinal) switch
        {
            "md5" => IncrementalHash.CreateHash(HashAlgorithmName.MD5),
            "sha1" => IncrementalHash.CreateHash(HashAlgorithmName.SHA1),
            "sha256" => IncrementalHash.CreateHash(HashAlgorithmName.SHA256),
            "sha384" => IncrementalHash.CreateHash(HashAlgorithmName.SHA384),
            "sha512" => IncrementalHash.CreateHash(HashAlgorithmName.SHA512),
            _ => null,
        };

    public static string Hex(byte[] digest) => Convert.ToHexStringLower(digest);

    /// <summary>RFC 4648 base 32 without padding, as WARC writers (warcio, Heritrix) write SHA-1 digests.</summary>
    public static string Base32(byte[] digest)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var text = new System.Text.StringBuilder((digest.Length * 8 + 4) / 5);
        int buffer = 0, bits = 0;
        foreach (var b in digest)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0) text.Append(alphabet[(buffer << (5 - bits)) & 31]);
        return text.ToString();
    }

    /// <summary>Whether a digest written as hex, base 32 or base 64 (any case, padded or not) is this one.</summary>
    public static bool Matches(string written, byte[] digest)
    {
        var value = written.Trim();
        return value.Equals(Hex(digest), StringComparison.OrdinalIgnoreCase)
            || value.TrimEnd('=').Equals(Base32(digest), StringComparison.OrdinalIgnoreCase)
            || value.Equals(Convert.ToBase64String(digest), StringComparison.Ordinal);
    }
}
