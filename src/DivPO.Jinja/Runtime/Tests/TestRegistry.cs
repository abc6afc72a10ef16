using DivPO.Jinja.Python;
using DivPO.Jinja.Runtime.Filters;
using DivPO.Jinja.Values;

namespace DivPO.Jinja.Runtime.Tests;

/// <summary>Every test by name (Jinja's built-in tests), resolved once when a template is parsed.</summary>
internal static class TestRegistry
{
    private static readonly Dictionary<string, TestFunction> All = Build();

    public static bool TryGet(string name, out TestFunction test) => All.TryGetValue(name, out test!);

    private static Dictionary<string, TestFunction> Build()
    {
        var tests = new Dictionary<string, TestFunction>(StringComparer.Ordinal);

        void Is(string name, Func<object?, bool> predicate) =>
            tests[name] = (value, arguments) =>
            {
                Signature.ExpectNone(name, arguments);
                return predicate(value);
            };

        void Relates(Func<object?, object?, bool> relation, params string[] names)
        {
            foreach (var name in names)
            {
                var signature = new Signature(name, ("other", Signature.Required));
                tests[name] = (value, arguments) => relation(value, signature.Bind(arguments)[0]);
            }
        }

        Is("defined", v => v is not Undefined);
        Is("undefined", v => v is Undefined);
        Is("none", v => v is null);
        Is("boolean", v => v is bool);
        Is("true", v => v is true);
        Is("false", v => v is false);
        Is("integer", v => v is long);
        Is("float", v => v is double);
        Is("number", PyNumber.IsNumber);
        Is("string", v => v is string);
        Is("mapping", v => v is PyDict);
        Is("iterable", v => v is string or IReadOnlyList<object?> or PyDict or Undefined);
        Is("sequence", v => v is string or IReadOnlyList<object?> or PyDict or Undefined);
        // Jinja's Undefined defines __call__ (to fail), so Python's callable() accepts it.
        Is("callable", v => v is JinjaCallable or Undefined);
        Is("escaped", _ => false);
        Is("lower", v => PyCase.IsLower(PyRepr.Str(v)));
        Is("upper", v => PyCase.IsUpper(PyRepr.Str(v)));
        Is("odd", v => PyEquality.AreEqual(PyArithmetic.Modulo(v, 2L), 1L));
        Is("even", v => PyEquality.AreEqual(PyArithmetic.Modulo(v, 2L), 0L));
        Is("filter", v => v is string name && FilterRegistry.Exists(name));
        Is("test", v => v is string name && All.ContainsKey(name));

        Relates((a, b) => PyEquality.AreEqual(PyArithmetic.Modulo(a, b), 0L), "divisibleby");
        Relates(PyEquality.AreEqual, "eq", "equalto", "==");
        Relates((a, b) => !PyEquality.AreEqual(a, b), "ne", "!=");
        Relates(PyOrdering.Less, "lt", "lessthan", "<");
        Relates(PyOrdering.LessOrEqual, "le", "<=");
        Relates(PyOrdering.Greater, "gt", "greaterthan", ">");
        Relates(PyOrdering.GreaterOrEqual, "ge", ">=");
        Relates((a, b) => PyMembership.Contains(b, a), "in");
        Relates(SameAs, "sameas");
        return tests;
    }

    /// <summary>Python's <c>is</c>: identity for objects, value for the interned singletons and small scalars.</summary>
    private static bool SameAs(object? a, object? b) => a switch
    {
        null => b is null,
        bool x => b is bool y && x == y,
        long x => b is long y && x == y,
        _ => ReferenceEquals(a, b),
    };
}
