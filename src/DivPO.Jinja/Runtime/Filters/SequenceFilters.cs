using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime.Methods;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Filters;

/// <summary>Filters over sequences and mappings: size, order, aggregation, conversion.</summary>
internal static class SequenceFilters
{
    private static readonly Signature NoParameters = new("filter");
    private static readonly Signature JoinSignature = new("join", ("d", ""), ("attribute", null));
    private static readonly Signature SortSignature = new("sort", ("reverse", false), ("case_sensitive", false), ("attribute", null));
    private static readonly Signature KeyedSignature = new("unique", ("case_sensitive", false), ("attribute", null));
    private static readonly Signature SumSignature = new("sum", ("attribute", null), ("start", 0L));
    private static readonly Signature DictSortSignature = new("dictsort", ("case_sensitive", false), ("by", "key"), ("reverse", false));
    private static readonly Signature BatchSignature = new("batch", ("linecount", Signature.Required), ("fill_with", null));

    public static void AddTo(Dictionary<string, FilterFunction> registry)
    {
        registry["length"] = registry["count"] = (value, a) => Unary(value, a, Length);
        registry["first"] = (value, a) => Unary(value, a, v =>
            Iteration.Items(v) is { Count: > 0 } items ? items[0] : Undefined.Because("No first item, sequence was empty."));
        registry["last"] = (value, a) => Unary(value, a, v =>
            Iteration.Items(v) is { Count: > 0 } items ? items[^1] : Undefined.Because("No last item, sequence was empty."));
        registry["list"] = (value, a) => Unary(value, a, v => Iteration.Items(v).ToList());
        registry["reverse"] = (value, a) => Unary(value, a, v => v is string s ? PyStrings.Reverse(s) : Iteration.Items(v).Reverse().ToList());
        registry["join"] = Join;
        registry["sort"] = Sort;
        registry["unique"] = Unique;
        registry["min"] = (value, a) => Extreme(value, a, largest: false);
        registry["max"] = (value, a) => Extreme(value, a, largest: true);
        registry["sum"] = Sum;
        registry["dictsort"] = DictSort;
        registry["items"] = (value, a) => Unary(value, a, v => v switch
        {
            PyDict dict => DictMethods.Items(dict),
            Undefined => new List<object?>(),
            _ => throw new TemplateError("Can only get item pairs from a mapping."),
        });
        registry["batch"] = Batch;
    }

    private static object? Unary(object? value, Arguments arguments, Func<object?, object?> filter)
    {
        NoParameters.Bind(arguments);
        return filter(value);
    }

    private static object? Length(object? value) => value switch
    {
        string s => (long)PyStrings.Length(s),
        IReadOnlyList<object?> items => (long)items.Count,
        PyDict dict => (long)dict.Count,
        Namespace ns => (long)ns.Attributes.Count,
        Undefined => 0L,
        _ => throw new TemplateError($"object of type '{PyTypes.NameOf(value)}' has no len()"),
    };

    private static object? Join(object? value, Arguments arguments)
    {
        var p = JoinSignature.Bind(arguments);
        var items = Iteration.Items(value).Select(item => p[1] is null ? item : ValueAccess.GetPath(item, PyRepr.Str(p[1])));
        return string.Join(PyRepr.Str(p[0]), items.Select(PyRepr.Str));
    }

    /// <summary>The key Jinja sorts and compares by: an attribute path, strings lower-cased unless case-sensitive.</summary>
    private static Func<object?, object?> SortKey(object? caseSensitive, object? attribute)
    {
        var ignoreCase = !PyTruth.IsTrue(caseSensitive);
        var path = attribute is null ? null : PyRepr.Str(attribute);
        return item =>
        {
            var key = path is null ? item : ValueAccess.GetPath(item, path);
            return ignoreCase && key is string s ? s.ToLowerInvariant() : key;
        };
    }

    private static object? Sort(object? value, Arguments arguments)
    {
        var p = SortSignature.Bind(arguments);
        return PySort.Sorted(Iteration.Items(value), SortKey(p[1], p[2]), PyTruth.IsTrue(p[0]));
    }

    private static object? Unique(object? value, Arguments arguments)
    {
        var p = KeyedSignature.Bind(arguments);
        var key = SortKey(p[0], p[1]);
        var seen = new PyDict();
        var result = new List<object?>();
        foreach (var item in Iteration.Items(value))
        {
            var k = key(item);
            if (seen.ContainsKey(k))
                continue;
            seen.Set(k, null);
            result.Add(item);
        }
        return result;
    }

    /// <summary>Python's min()/max(): the first item whose key is smallest (largest).</summary>
    private static object? Extreme(object? value, Arguments arguments, bool largest)
    {
        var p = KeyedSignature.Bind(arguments);
        var key = SortKey(p[0], p[1]);
        var items = Iteration.Items(value);
        if (items.Count == 0)
            return Undefined.Because("No aggregated item, sequence was empty.");
        var best = items[0];
        foreach (var item in items.Skip(1))
        {
            var comparison = PyOrdering.Compare(key(item), key(best), largest ? ">" : "<");
            if (comparison != PyOrdering.Unordered && (largest ? comparison > 0 : comparison < 0))
                best = item;
        }
        return best;
    }

    private static object? Sum(object? value, Arguments arguments)
    {
        var p = SumSignature.Bind(arguments);
        var path = p[0] is null ? null : PyRepr.Str(p[0]);
        var total = p[1];
        if (total is string)
            throw new TemplateError("sum() can't sum strings [use ''.join(seq) instead]");
        foreach (var item in Iteration.Items(value))
            total = PyArithmetic.Add(total, path is null ? item : ValueAccess.GetPath(item, path));
        return total;
    }

    private static object? DictSort(object? value, Arguments arguments)
    {
        var p = DictSortSignature.Bind(arguments);
        var position = PyRepr.Str(p[1]) switch
        {
            "key" => 0,
            "value" => 1,
            _ => throw new TemplateError("You can only sort by either 'key' or 'value'"),
        };
        if (value is not PyDict dict)
            throw new TemplateError("dictsort filter requires a mapping");
        var key = SortKey(p[0], null);
        return PySort.Sorted(DictMethods.Items(dict), pair => key(((PyTuple)pair!)[position]), PyTruth.IsTrue(p[2]));
    }

    private static object? Batch(object? value, Arguments arguments)
    {
        var p = BatchSignature.Bind(arguments);
        var size = (int)Integers.Require(p[0]);
        if (size <= 0)
            throw new TemplateError("batch size must be positive");
        var batches = new List<object?>();
        foreach (var chunk in Iteration.Items(value).Chunk(size))
        {
            var batch = chunk.ToList();
            if (batch.Count < size && p[1] is not null)
                batch.AddRange(Enumerable.Repeat(p[1], size - batch.Count));
            batches.Add(batch);
        }
        return batches;
    }
}
