using Disputes.Hosting.Tools;

namespace Disputes.IntegrationTests.Tools;

public sealed class ParsingToolArguments
{
    [Fact]
    public void Given_words_and_options_When_parsed_Then_positional_words_and_option_values_are_apart()
    {
        var args = new ToolArguments(["0199a300-0000-7000-8000-000000000001", "--out", "events.ndjson"]);
        args.Allow(1, "out");
        args.DisputeId(0).Should().Be(Guid.Parse("0199a300-0000-7000-8000-000000000001"));
        args.Option("out").Should().Be("events.ndjson");
        args.DisputeId(1).Should().BeNull();
    }

    [Theory]
    [InlineData(new[] { "--out" }, "*--out needs a value*")]
    [InlineData(new[] { "--force", "yes" }, "*Unknown option --force*")]
    [InlineData(new[] { "a", "b" }, "*Unexpected argument 'b'*")]
    public void Given_bad_arguments_When_checked_Then_a_usage_error_says_what_is_wrong(string[] words, string message)
    {
        var act = () => new ToolArguments(words).Allow(1, "out");
        act.Should().Throw<ToolUsageException>().WithMessage(message);
    }

    [Fact]
    public void Given_a_word_that_is_no_guid_When_read_as_a_dispute_id_Then_a_usage_error()
    {
        var act = () => new ToolArguments(["not-a-guid"]).DisputeId(0);
        act.Should().Throw<ToolUsageException>().WithMessage("*not-a-guid*GUID*");
    }
}
