namespace DivPO.Jinja.Tests.Runtime;

/// <summary>For loops: the loop variable, filters, unpacking, else, break/continue, recursion.</summary>
public sealed class LoopTests
{
    [Theory]
    [InlineData("{% for i in [3, 1, 2] %}{{ loop.index }}{{ loop.index0 }}{{ loop.first }}{{ loop.last }}{{ loop.length }}|{% endfor %}",
        "10TrueFalse3|21FalseFalse3|32FalseTrue3|")]
    [InlineData("{% for i in [3, 1, 2] %}{{ loop.revindex }}{{ loop.revindex0 }}{{ loop.previtem }}{{ loop.nextitem }}{{ loop.depth }}{{ loop.depth0 }}|{% endfor %}",
        "32110|213210|10110|")]
    [InlineData("{% for i in [3, 1, 2] %}{{ loop.cycle('a', 'b') }}{% endfor %}", "aba")]
    [InlineData("{% for i in [1, 1, 2, 3, 3] %}{% if loop.changed(i) %}{{ i }}{% endif %}{% endfor %}", "123")]
    [InlineData("{% for i in [3, 1, 2] if i > 1 %}{{ loop.index }}/{{ loop.length }}:{{ i }} {% endfor %}", "1/2:3 2/2:2 ")]
    [InlineData("{% for i in [] %}x{% else %}empty{% endfor %}", "empty")]
    [InlineData("{% for i in [1] if false %}x{% else %}none passed{% endfor %}", "none passed")]
    [InlineData("{% for i in range(5) %}{% if i == 1 %}{% continue %}{% endif %}{% if i == 3 %}{% break %}{% endif %}{{ i }}{% endfor %}", "02")]
    [InlineData("{% for i in range(3) %}{% for j in range(3) %}{% if j > i %}{% break %}{% endif %}{{ i }}{{ j }} {% endfor %}{% endfor %}", "00 10 11 20 21 22 ")]
    [InlineData("{% for a, b in {'x': 1, 'y': 2}.items() %}{{ a }}={{ b }};{% endfor %}", "x=1;y=2;")]
    [InlineData("{% for a, (b, c) in [(1, (2, 3))] %}{{ a }}{{ b }}{{ c }}{% endfor %}", "123")]
    [InlineData("{% for c in 'ab' %}{{ c }}-{% endfor %}{% for k in {'p': 1, 'q': 2} %}{{ k }}{% endfor %}", "a-b-pq")]
    [InlineData("{% for m in [{'role': 'user'}, {'role': 'assistant'}][::-1] %}{{ m.role }} {% endfor %}", "assistant user ")]
    [InlineData("{% for item in [{'c': [{'c': []}]}, {'c': []}] recursive %}[{{ loop.depth }}{{ loop(item.c) }}]{% endfor %}", "[1[2]][1]")]
    [InlineData("{% for i in missing %}x{% endfor %}ok", "ok")]
    public void Iterates_like_jinja(string template, string expected) => Assert.Equal(expected, Jinja.Render(template));

    [Fact]
    public void Keeps_the_order_of_a_caller_supplied_dictionary()
    {
        var ordered = new OrderedDictionary<string, object?> { ["z"] = 1, ["a"] = 2, ["m"] = 3 };

        Assert.Equal("zam", Jinja.Render("{% for k in d %}{{ k }}{% endfor %}", ("d", ordered)));
    }

    [Theory]
    [InlineData("{% for a, b in [(1, 2, 3)] %}{% endfor %}", "too many values to unpack (expected 2)")]
    [InlineData("{% for x in 5 %}{% endfor %}", "'int' object is not iterable")]
    [InlineData("{% for x in none %}{% endfor %}", "'NoneType' object is not iterable")]
    [InlineData("{{ loop(1) }}", "'loop' is undefined")]
    [InlineData("{% for i in [1] %}{{ loop([]) }}{% endfor %}", "Tried to call non recursive loop. Maybe you forgot the 'recursive' modifier.")]
    public void Rejects_what_python_rejects(string template, string description) =>
        Assert.Equal(description, Jinja.Failure(template).Description);
}
