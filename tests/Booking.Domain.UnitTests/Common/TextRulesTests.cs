using Booking.Domain.Common;

namespace Booking.Domain.UnitTests.Common;

public sealed class TextRulesTests
{
    [TestCase("\0")]
    [TestCase("\u0007")]
    [TestCase("\u001b")]
    [TestCase("\n")]
    [TestCase("\r")]
    [TestCase("\t")]
    [TestCase("\u007f")]
    [TestCase("\u0085")]
    [TestCase("\u009b")]
    [TestCase("\u2028")]
    [TestCase("\u2029")]
    [TestCase("\u202a")]
    [TestCase("\u202e")]
    [TestCase("\u2066")]
    [TestCase("\u2069")]
    public void HasHiddenCharacters_FindsControlsSeparatorsAndBidiOverrides(string hidden) =>
        Assert.That(TextRules.HasHiddenCharacters("Jane" + hidden + "Smith"), Is.True);

    [TestCase("Jane Smith")]
    [TestCase("Zoë Ørsted-Łukasz")]
    [TestCase("山田 太郎")]
    [TestCase("محمد")]
    [TestCase(null)]
    public void HasHiddenCharacters_LeavesOrdinaryTextInAnyScript(string? text) => Assert.That(TextRules.HasHiddenCharacters(text), Is.False);

    [Test]
    public void HasHiddenCharacters_WithLineBreaksAllowed_LetsTabsAndLineBreaksPass_ButNothingElse()
    {
        Assert.That(TextRules.HasHiddenCharacters("a\r\nb\tc", allowLineBreaks: true), Is.False);
        Assert.That(TextRules.HasHiddenCharacters("a\r\nb\0", allowLineBreaks: true), Is.True);
        Assert.That(TextRules.HasHiddenCharacters("a\u2028b", allowLineBreaks: true), Is.True);
    }

    [TestCase("jane@example.com")]
    [TestCase("o'brien+tag@mail.example.co.uk")]
    [TestCase("jane_doe-1@sub-domain.example.io")]
    public void IsCalComEmail_AcceptsWhatCalComAccepts(string email) => Assert.That(TextRules.IsCalComEmail(email), Is.True);

    [TestCase("j\u0430ne@example.com")]
    [TestCase("jane@ex\u0430mple.com")]
    [TestCase("josé@example.com")]
    [TestCase("jane@xn--bcher-kva.c0m")]
    [TestCase(".jane@example.com")]
    [TestCase("jane.@example.com")]
    [TestCase("ja..ne@example.com")]
    [TestCase("jane@example")]
    [TestCase("jane@-example.com")]
    [TestCase("jane@example.c")]
    [TestCase("jane@@example.com")]
    [TestCase("jane\0@example.com")]
    [TestCase(null)]
    public void IsCalComEmail_RefusesLookAlikesAndWhatCalComRefuses(string? email) => Assert.That(TextRules.IsCalComEmail(email), Is.False);
}
