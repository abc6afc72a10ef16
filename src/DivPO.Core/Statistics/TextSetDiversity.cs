using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json.Serialization;
using DivPO.Core.Text;

namespace DivPO.Core.Statistics;

/// <summary>
/// Dataset-level diversity of a set of texts (e.g. every chosen response of a run): distinct words, and the
/// gzip (level 6) compression ratio of their concatenation (higher = more repetitive). Streams: memory holds only the
/// vocabulary, the compressor's window and a few batches of texts on their way to it.
/// </summary>
public sealed class TextSetDiversity : IDisposable
{
    private readonly HashSet<string> _vocabulary = new(StringComparer.Ordinal);
    private readonly char[] _lowered = new char[Words.ScratchLength];
    private readonly BackgroundGzip _gzip = new();
    private long _compressedBytes;
    private bool _finished;

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
            return _compressedBytes == 0 || _gzip.RawBytes == 0 ? 0 : Math.Round((double)_gzip.RawBytes / _compressedBytes, 4);
        }
    }

    public void Add(string text)
    {
        if (_finished)
        {
            throw new InvalidOperationException("the compression ratio was already read; no more texts can be added");
        }

        Texts++;
        var vocabulary = _vocabulary.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in Words.In(text, _lowered))
        {
            vocabulary.Add(word);
        }

        _gzip.Write(text);
    }

    public void Dispose() => _gzip.Dispose();

    private void Finish()
    {
        if (!_finished)
        {
            _finished = true;
            _compressedBytes = _gzip.Finish();
        }
    }

    /// <summary>
    /// Gzips texts on a thread of its own, so that whoever adds them (a run's single consumer) does not wait for
    /// level-6 deflate, which costs about as much as parsing the input. Texts travel in batches of UTF-8, but each
    /// is still written to the compressor on its own: the compressed size depends on how the input is split into writes.
    /// </summary>
    private sealed class BackgroundGzip : IDisposable
    {
        private const int BatchBytes = 64 * 1024;

        private readonly BlockingCollection<Batch> _batches = new(boundedCapacity: 8);
        private readonly CountingStream _compressed = new();
        private Task? _compressing;
        private Batch _current = new(BatchBytes);
        private bool _disposed;

        /// <summary>UTF-8 bytes written so far, a newline after each text.</summary>
        public long RawBytes { get; private set; }

        public void Write(string text)
        {
            var room = Encoding.UTF8.GetMaxByteCount(text.Length) + 1;
            if (!_current.HasRoomFor(room))
            {
                Send();
                _current = new Batch(Math.Max(BatchBytes, room));
            }

            RawBytes += _current.Append(text);
        }

        /// <summary>Waits for the compressor to take every text; returns the compressed size.</summary>
        public long Finish()
        {
            Send();
            _batches.CompleteAdding();
            _compressing?.GetAwaiter().GetResult();
            return _compressed.Length;
        }

        /// <summary>Stops the compressor (if it ever started) without reporting its errors: an unfinished set is being dropped.</summary>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _batches.CompleteAdding();
            _compressing?.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            _batches.Dispose();
        }

        private void Send()
        {
            if (_current.IsEmpty)
            {
                return;
            }

            // The thread starts with the first batch: sets that stay empty (a summary of a run that chooses nothing) need none.
            _compressing ??= Task.Factory.StartNew(Compress, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            try
            {
                _batches.Add(_current);
            }
            catch (InvalidOperationException)
            {
                // The compressor stopped taking batches: surface why.
                _compressing.GetAwaiter().GetResult();
                throw;
            }
        }

        private void Compress()
        {
            try
            {
                using var compressor = new GZipStream(_compressed, CompressionLevel.Optimal, leaveOpen: true);
                foreach (var batch in _batches.GetConsumingEnumerable())
                {
                    batch.WriteTextsTo(compressor);
                }
            }
            finally
            {
                _batches.CompleteAdding();
            }
        }
    }

    /// <summary>Texts as UTF-8, each followed by a newline, and where each ends.</summary>
    private sealed class Batch(int capacity)
    {
        private readonly byte[] _bytes = new byte[capacity];
        private readonly List<int> _ends = [];
        private int _length;

        public bool IsEmpty => _ends.Count == 0;

        public bool HasRoomFor(int bytes) => _length + bytes <= _bytes.Length;

        /// <summary>Appends the text and a newline; returns the bytes taken.</summary>
        public int Append(string text)
        {
            var start = _length;
            _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
            _bytes[_length++] = (byte)'\n';
            _ends.Add(_length);
            return _length - start;
        }

        public void WriteTextsTo(Stream destination)
        {
            var start = 0;
            foreach (var end in _ends)
            {
                destination.Write(_bytes, start, end - start);
                start = end;
            }
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
