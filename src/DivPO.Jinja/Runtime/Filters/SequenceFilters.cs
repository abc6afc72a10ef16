using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime.Methods;
using DivPO.Jinja.Values;

using static DivPO.Jinja.Runtime.Filters.FilterFunctions;

namespace DivPO.Jinja.Runtime.Filters;

/// <summary>Filters over sequences and mappings: size, order, aggregation, conversion.</summary>
internal static class SequenceFilters
{
    public static void AddTo(Dictionary<string, FilterFunction> registry)
    {
        registry["length"] = registry["count"] = Unary("length", Length);
        registry["first"] = Unary("first", value =>
            Iteration.Items(value) is { Count: > 0 } items ? items[0] : Undefined.Because("No first item, sequence was empty."));
        registry["last"] = Unary("last", value =>
            Iteration.Items(value) is { Count: > 0 } items ? items[^1] : Undefined.Because("No last item, sequence was empty."));
        registry["list"] = Unary("list", value => Iteration.Items(value).ToList());
        registry["reverse"] = Unary("reverse", value => value is string s ? PyStrings.Reverse(s) : Iteration.Items(value).Reverse().ToList());
        registry["items"] = Unary("items", value => value switch
        {
            PyDict dict => DictMethods.Items(dict),
            Undefined => new List<object?>(),
            _ => throw new TemplateError("Can only get item pairs from a mapping."),
        });
        registry["join"] = WithParameters(new Signature("join", ("d", ""), ("attribute", null)), Join);
        registry["sort"] = WithParameters(new Signature("sort", ("reverse", false), ("case_sensitive", false), ("attribute", null)), (value, p) =>
            PySort.Sorted(Iteration.Items(value), SortKey(p[1], p[2]), PyTruth.IsTrue(p[0])));
        registry["unique"] = WithParameters(KeyedSignature("unique"), Unique);
        registry["min"] = WithParameters(KeyedSignature("min"), (value, p) => Extreme(value, p, largest: false));
        registry["max"] = WithParameters(KeyedSignature("max"), (value, p) => Extreme(value, p, largest: true));
        registry["sum"] = WithParameters(new Signature("sum", ("attribute", null), ("start", 0L)), Sum);
        registry["dictsort"] = WithParameters(new Signature("dictsort", ("case_sensitive", false), ("by", "key"), ("reverse", false)), DictSort);
        registry["batch"] = WithParameters(new Signature("batch", ("linecount", Signature.Required), ("fill_with", null)), Batch);
    }

    private static Signature KeyedSignature(string name) => new(name, ("case_sensitive", false), ("attribute", null));

    private static object? Length(object? value) => value switch
    {
        string s => (long)PyStrings.Length(s),
        IReadOnlyList<object?> items => (long)items.Count,
        PyDict dict => (long)dict.Count,
        Namespace ns => (long)ns.Attributes.Count,
        Undefined => 0L,
        _ => throw new TemplateError($"object of type '{PyTypes.NameOf(value)}' has no len()"),
    };

    private static object? Join(object? value, object?[] p)
    {
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
            return ignoreCase && key is string s ? PyCase.Lower(s) : key;
        };
    }

    private static object? Unique(object? value, object?[] p)
    {
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
    private static object? Extreme(object? value, object?[] p, bool largest)
    {
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

    private static object? Sum(object? value, object?[] p)
    {
        var path = p[0] is null ? null : PyRepr.Str(p[0]);
        var total = p[1];
        if (total is string)
            throw new TemplateError("sum() can't sum strings [use ''.join(seq) instead]");
        foreach (var item in Iteration.Items(value))
            total = PyArithmetic.Add(total, path is null ? item : ValueAccess.GetPath(item, path));
        return total;
    }

    private static object? DictSort(object? value, object?[] p)
    {
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

    private static object? Batch(object? value, object?[] p)
    {
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
