using System.Buffers;
using DivPO.Core.Input.Csv;

namespace DivPO.Core.Input.Records;

/// <summary>
/// Splits a byte stream into records without decoding it: LF or CRLF line ends, a leading UTF-8 byte order
/// mark skipped, blank records (only spaces, tabs or CR) skipped but counted in line numbers. The buffer grows
/// to hold the longest record up to the limit; a longer record is skipped to its end without being held, and
/// only its first <see cref="KeptPrefixBytes"/> are kept so that a message can show how it began.
/// </summary>
internal sealed class RecordReader : IDisposable
{
    /// <summary>How much of a record over the size limit is kept.</summary>
    public const int KeptPrefixBytes = 4096;

    private const int InitialBufferBytes = 256 * 1024;
    private const int MinReadBytes = 64 * 1024;

    private readonly Stream _stream;
    private readonly RecordSyntax _syntax;
    private readonly int _maxRecordBytes;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
    private CsvScanner _csv;

    // Unread data is _buffer[_start.._end); bytes in [_start.._scanned) are known to hold no record end.
    private int _start;
    private int _scanned;
    private int _end;
    private bool _endOfStream;
    private bool _byteOrderMarkChecked;
    private long _line = 1;

    public RecordReader(Stream stream, RecordSyntax syntax, int maxRecordBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRecordBytes);
        _stream = stream;
        _syntax = syntax;
        _maxRecordBytes = maxRecordBytes;
    }

    /// <summary>The record found by the last successful <see cref="ReadAsync"/>.</summary>
    public InputRecord Current { get; private set; }

    /// <summary>Moves to the next non-blank record; false at the end of the input.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        if (!_byteOrderMarkChecked)
        {
            await SkipByteOrderMarkAsync(cancellationToken);
        }

        while (true)
        {
            var recordEnd = FindRecordEnd();
            if (recordEnd < 0 && !_endOfStream)
            {
                if (_end - _start > _maxRecordBytes + 1)
                {
                    Current = await SkipTooLongRecordAsync(cancellationToken);
                    return true;
                }

                await FillAsync(cancellationToken);
                continue;
            }

            if (recordEnd < 0 && _start == _end)
            {
                return false;
            }

            var line = _line;
            var record = TakeRecord(recordEnd < 0 ? _end : recordEnd);
            if (IsBlank(record.Span))
            {
                continue;
            }

            Current = record.Length <= _maxRecordBytes
                ? new InputRecord(line, record, IsTooLong: false)
                : new InputRecord(line, record[..Math.Min(KeptPrefixBytes, record.Length)].ToArray(), IsTooLong: true);
            return true;
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _stream.Dispose();
    }

    private static bool IsBlank(ReadOnlySpan<byte> record) => !record.ContainsAnyExcept((byte)' ', (byte)'\t', (byte)'\r');

    /// <summary>Index of the terminator of the record at <c>_start</c> in the buffer, or -1 when not buffered yet.</summary>
    private int FindRecordEnd()
    {
        var found = FindTerminator(_buffer.AsSpan(_scanned, _end - _scanned));
        _scanned = found < 0 ? _end : _scanned + found;
        return found < 0 ? -1 : _scanned;
    }

    private int FindTerminator(ReadOnlySpan<byte> data)
    {
        if (_syntax == RecordSyntax.Lines)
        {
            return data.IndexOf((byte)'\n');
        }

        var offset = 0;
        while (true)
        {
            var boundary = _csv.NextBoundary(data[offset..], out var isRecordEnd);
            if (boundary < 0 || isRecordEnd)
            {
                return boundary < 0 ? -1 : offset + boundary;
            }

            offset += boundary + 1;
        }
    }

    /// <summary>Consumes the record ending at <paramref name="end"/> (its terminator, if any, included).</summary>
    private ReadOnlyMemory<byte> TakeRecord(int end)
    {
        var record = _buffer.AsMemory(_start, end - _start);
        if (!record.IsEmpty && record.Span[^1] == (byte)'\r')
        {
            record = record[..^1];
        }

        // Newlines inside a record are inside quoted CSV fields; each is still a line of the file.
        _line += 1 + record.Span.Count((byte)'\n');
        _start = Math.Min(end + 1, _end);
        _scanned = _start;
        return record;
    }

    private async ValueTask<InputRecord> SkipTooLongRecordAsync(CancellationToken cancellationToken)
    {
        var line = _line;
        var kept = _buffer.AsSpan(_start, Math.Min(KeptPrefixBytes, _end - _start)).ToArray();
        while (true)
        {
            _line += _buffer.AsSpan(_start, _scanned - _start).Count((byte)'\n');
            _start = _scanned = _end = 0;
            await FillAsync(cancellationToken);
            var recordEnd = FindRecordEnd();
            if (recordEnd >= 0 || _endOfStream)
            {
                TakeRecord(recordEnd < 0 ? _end : recordEnd);
                return new InputRecord(line, kept, IsTooLong: true);
            }
        }
    }

    private async ValueTask SkipByteOrderMarkAsync(CancellationToken cancellationToken)
    {
        while (_end < 3 && !_endOfStream)
        {
            await FillAsync(cancellationToken);
        }

        if (_buffer.AsSpan(0, _end).StartsWith("\uFEFF"u8))
        {
            _start = _scanned = 3;
        }

        _byteOrderMarkChecked = true;
    }

    /// <summary>Reads more input after the unread data, making room first by moving or growing the buffer.</summary>
    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Length - _end < MinReadBytes)
        {
            var unread = _end - _start;
            var target = unread + MinReadBytes <= _buffer.Length ? _buffer : ArrayPool<byte>.Shared.Rent(Math.Max(2 * _buffer.Length, unread + MinReadBytes));
            _buffer.AsSpan(_start, unread).CopyTo(target);
            if (target != _buffer)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = target;
            }

            _scanned -= _start;
            _start = 0;
            _end = unread;
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        _endOfStream = read == 0;
    }
}
