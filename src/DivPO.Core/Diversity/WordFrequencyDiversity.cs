using System.IO.Hashing;
using System.Runtime.InteropServices;
using DivPO.Core.Pools;
using DivPO.Core.Text;

namespace DivPO.Core.Diversity;

/// <summary>
/// The DivPO paper's model-free criterion: a response is diverse when its words are rare in the pool.
/// <c>D(y) = 1 − mean over distinct words w of y of df(w)/N</c>, where df(w) counts the pool's responses
/// containing w and N is the pool size (duplicates included). A response without words has D = 0.
/// </summary>
public sealed class WordFrequencyDiversity : IDiversityCriterion
{
    public const string CriterionName = "word-frequency";

    public string Name => CriterionName;

    public string Identity => CriterionName + "/v1";

    public ValueTask<double[]> MeasureAsync(Pool pool, CancellationToken cancellationToken)
    {
        var texts = new string[pool.Responses.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = pool.Responses[i].Text;
        }

        return ValueTask.FromResult(Measure(texts));
    }

    /// <summary>Diversity of each text relative to the whole list.</summary>
    public static double[] Measure(IReadOnlyList<string> texts)
    {
        var counter = DistinctWordCounter.Rent();
        try
        {
            var ends = new int[texts.Count];
            for (var i = 0; i < texts.Count; i++)
            {
                ends[i] = counter.AddResponse(texts[i]);
            }

            var diversity = new double[texts.Count];
            var start = 0;
            for (var i = 0; i < texts.Count; i++)
            {
                var words = counter.DistinctWords(start, ends[i]);
                start = ends[i];
                if (words.Length == 0)
                {
                    continue;
                }

                long frequencySum = 0;
                foreach (var id in words)
                {
                    frequencySum += counter.DocumentFrequency(id);
                }

                diversity[i] = 1.0 - (double)frequencySum / words.Length / texts.Count;
            }

            return diversity;
        }
        finally
        {
            counter.Return();
        }
    }

    /// <summary>
    /// Assigns the words of one pool small ids and counts, per word, how many responses contain it. An
    /// open-addressing table over a character arena, kept per thread and reused pool after pool, so measuring
    /// allocates no string, list or dictionary per word, response or pool.
    /// </summary>
    private sealed class DistinctWordCounter
    {
        // Buffers grown past these sizes by an outsized pool are dropped after it rather than kept by the thread.
        private const int MaxKeptWords = 1 << 18;
        private const int MaxKeptCharacters = 1 << 21;

        [ThreadStatic]
        private static DistinctWordCounter? t_reusable;

        private readonly char[] _scratch = new char[Words.ScratchLength];
        private int[] _slots = new int[1024];
        private Entry[] _entries = new Entry[512];
        private char[] _characters = new char[8192];
        private int[] _distinct = new int[4096];
        private int _count;
        private int _characterCount;
        private int _distinctCount;
        private int _response = -1;

        public static DistinctWordCounter Rent()
        {
            var counter = t_reusable ?? new DistinctWordCounter();
            t_reusable = null;
            return counter;
        }

        public void Return()
        {
            for (var i = 0; i < _count; i++)
            {
                _slots[_entries[i].Slot] = 0;
            }

            (_count, _characterCount, _distinctCount, _response) = (0, 0, 0, -1);
            if (_entries.Length <= MaxKeptWords && _distinct.Length <= MaxKeptWords && _characters.Length <= MaxKeptCharacters)
            {
                t_reusable = this;
            }
        }

        /// <summary>Adds the next response; returns where its distinct words end in <see cref="DistinctWords"/>' numbering.</summary>
        public int AddResponse(string text)
        {
            _response++;
            foreach (var word in Words.In(text, _scratch))
            {
                See(word);
            }

            return _distinctCount;
        }

        public ReadOnlySpan<int> DistinctWords(int start, int end) => _distinct.AsSpan(start, end - start);

        public int DocumentFrequency(int id) => _entries[id].Frequency;

        private void See(ReadOnlySpan<char> word)
        {
            var hash = XxHash3.HashToUInt64(MemoryMarshal.AsBytes(word));
            var mask = _slots.Length - 1;
            var slot = (int)hash & mask;
            int id;
            while (true)
            {
                id = _slots[slot] - 1;
                if (id < 0)
                {
                    id = Insert(word, hash, slot);
                    break;
                }

                ref var entry = ref _entries[id];
                if (entry.Hash == hash && _characters.AsSpan(entry.Start, entry.Length).SequenceEqual(word))
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }

            ref var seen = ref _entries[id];
            if (seen.LastResponse != _response)
            {
                seen.LastResponse = _response;
                seen.Frequency++;
                if (_distinctCount == _distinct.Length)
                {
                    Array.Resize(ref _distinct, _distinct.Length * 2);
                }

                _distinct[_distinctCount++] = id;
            }
        }

        private int Insert(ReadOnlySpan<char> word, ulong hash, int slot)
        {
            if (_characterCount + word.Length > _characters.Length)
            {
                Array.Resize(ref _characters, Math.Max(_characters.Length * 2, _characterCount + word.Length));
            }

            word.CopyTo(_characters.AsSpan(_characterCount));
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _entries.Length * 2);
            }

            var id = _count++;
            _entries[id] = new Entry { Hash = hash, Start = _characterCount, Length = word.Length, Slot = slot, LastResponse = -1 };
            _characterCount += word.Length;
            _slots[slot] = id + 1;
            if (_count * 2 > _slots.Length)
            {
                Grow();
            }

            return id;
        }

        /// <summary>Doubles the table, keeping it at most half full so probes stay short.</summary>
        private void Grow()
        {
            _slots = new int[_slots.Length * 2];
            var mask = _slots.Length - 1;
            for (var id = 0; id < _count; id++)
            {
                var slot = (int)_entries[id].Hash & mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & mask;
                }

                _slots[slot] = id + 1;
                _entries[id].Slot = slot;
            }
        }

        private struct Entry
        {
            public ulong Hash;
            public int Start;
            public int Length;
            public int Slot;
            public int Frequency;
            public int LastResponse;
        }
    }
}
