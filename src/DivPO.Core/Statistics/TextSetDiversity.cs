using System.IO.Compression;
using System.Text;
using System.Text.Json.Serialization;
using DivPO.Core.Text;

namespace DivPO.Core.Statistics;

/// <summary>
/// Dataset-level diversity of a set of texts (e.g. every chosen response of a run): distinct words, and the
/// gzip (level 6) compression ratio of their concatenation (higher = more repetitive). Streams: memory holds only the
/// vocabulary and the compressor's window.
/// </summary>
public sealed class TextSetDiversity : IDisposable
{
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private readonly CountingStream _compressed = new();
    private readonly GZipStream _compressor;
    private long _rawBytes;
    private bool _finished;

    public TextSetDiversity()
    {
        _compressor = new GZipStream(_compressed, CompressionLevel.Optimal, leaveOpen: true);
    }

    [JsonPropertyName("texts")]
    public long Texts { get; private set; }

    [JsonPropertyName("unique_words")]
    public long UniqueWords => _vocabulary.Count;

    /// <summary>UTF-8 bytes of all texts (newline-separated) over their gzip size; 0 before any text.</summary>
    [JsonPropertyName("compression_ratio")]
    public double CompressionRatio
    {
        get
        {
            Finish();
            return _compressed.Length == 0 || _rawBytes == 0 ? 0 : Math.Round((double)_rawBytes / _compressed.Length, 4);
        }
    }

    public void Add(string text)
    {
        if (_finished)
        {
            throw new InvalidOperationException("the compression ratio was already read; no more texts can be added");
        }

        Texts++;
        var vocabulary = _vocabulary;
        Words.Scan(text, ref vocabulary, static (word, ref set) => set.GetAlternateLookup<ReadOnlySpan<char>>().Add(word));
        var bytes = Encoding.UTF8.GetBytes(text + "\n");
        _rawBytes += bytes.Length;
        _compressor.Write(bytes);
    }

    public void Dispose() => _compressor.Dispose();

    private void Finish()
    {
        if (!_finished)
        {
            _finished = true;
            _compressor.Dispose();
        }
    }

    /// <summary>Keeps the compressed size, drops the bytes.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
