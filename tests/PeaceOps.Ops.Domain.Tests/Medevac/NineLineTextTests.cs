using PeaceOps.Ops.Domain.Medevac;

namespace PeaceOps.Ops.Domain.Tests.Medevac;

public sealed class NineLineTextTests
{
    // Exactly the product owner's acceptance form (acceptance/checks.py, NINE_LINE).
    private const string AcceptanceNineLine = """
        LINE 1: 30QZD1639100716
        LINE 2: 38.90 DUSTOFF 6
        LINE 3: A1 B1 C1
        LINE 4: A
        LINE 5: L2 A1
        LINE 6: P
        LINE 7: C
        LINE 8: C3
        LINE 9: NONE
        """;

    [Fact]
    public void The_acceptance_nine_line_parses_into_every_line()
    {
        var result = NineLineText.Parse(AcceptanceNineLine);

        result.IsValid.Should().BeTrue(string.Join("; ", result.Errors));
        var r = result.Request!;
        r.Pickup.Mgrs.Should().Be("30QZD1639100716");
        r.Radio.Should().Be(new RadioContact("38.90", "DUSTOFF", "6"));
        r.Precedence.Should().Be(new PrecedenceCounts(1, 1, 1, 0, 0));
        r.Equipment.Should().Be(SpecialEquipment.None);
        r.PatientTypes.Should().Be(new PatientTypeCounts(2, 1, 0));
        r.Security.Should().Be(PickupSecurity.PossibleEnemy);
        r.Marking.Should().Be(new PickupMarking(MarkingMethod.Smoke, null));
        r.Nationality.Should().Be(new NationalityCounts(0, 0, 3, 0, 0));
        r.NbcOrTerrain.Should().Be("NONE");
        result.Warnings.Should().BeEmpty();
    }

    [Fact]
    public void An_unknown_precedence_letter_is_an_error_on_line_3_saying_what_was_expected()
    {
        var result = NineLineText.Parse(AcceptanceNineLine.Replace("A1 B1 C1", "Q9", StringComparison.Ordinal));

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Should().Match<NineLineIssue>(e =>
            e.Line == 3 && e.Field == "precedence" && e.Message.Contains("expected counts like A1 B2 (A urgent, B urgent-surgical"));
        result.ErrorsByKey().Should().ContainKey("line3.precedence");
    }

    [Theory]
    [InlineData("1. 30QZD1639100716\n2. 38.90 DUSTOFF 6\n3. A1 B1 C1\n4. A\n5. L2 A1\n6. P\n7. C\n8. C3\n9. NONE")]
    [InlineData("1) 30QZD1639100716\n2) 38.90 DUSTOFF 6\n3) A1 B1 C1\n4) A\n5) L2 A1\n6) P\n7) C\n8) C3\n9) NONE")]
    [InlineData("30QZD1639100716\n38.90 DUSTOFF 6\nA1 B1 C1\nA\nL2 A1\nP\nC\nC3\nNONE")]
    [InlineData("line 1:   30q zd 16391 00716  \r\n\r\nline 2: 38.90   dustoff 6\r\nline 3: a1 b1 c1\r\nline 4: a\r\nline 5: l2 a1\r\nline 6: p\r\nline 7: c\r\nline 8: c3\r\nline 9: none")]
    [InlineData("LINE 3: A-1, B-1, C-1\nLINE 1: 30QZD1639100716\nLINE 2: 38.90 MHz DUSTOFF 6\nLINE 4: NONE\nLINE 5: 2L 1A\nLINE 6: P\nLINE 7: SMOKE\nLINE 8: C3\nLINE 9: nil")]
    public void Typed_variants_give_the_same_request(string text)
    {
        var expected = NineLineText.Parse(AcceptanceNineLine).Request;

        var result = NineLineText.Parse(text);

        result.Errors.Should().BeEmpty();
        result.Request.Should().Be(expected);
    }

    [Fact]
    public void Convenience_precedence_is_accepted_with_a_warning()
    {
        var result = NineLineText.Parse(AcceptanceNineLine.Replace("A1 B1 C1", "A1 B1 E1", StringComparison.Ordinal));

        result.IsValid.Should().BeTrue();
        result.Request!.Precedence.Convenience.Should().Be(1);
        result.Warnings.Should().Contain(w => w.Line == 3 && w.Message.Contains("NATO"));
    }

    [Fact]
    public void A_missing_line_4_is_an_error_naming_the_line()
    {
        var result = NineLineText.Parse(AcceptanceNineLine.Replace("LINE 4: A\n", string.Empty, StringComparison.Ordinal));

        result.Errors.Should().ContainSingle(e => e.Line == 4 && e.Message.Contains("missing"));
    }

    [Fact]
    public void Lines_6_to_9_may_follow_later_with_warnings()
    {
        var result = NineLineText.Parse("LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1\nLINE 4: B D\nLINE 5: L1");

        result.IsValid.Should().BeTrue();
        result.Request!.Equipment.Should().Be(new SpecialEquipment(Hoist: true, Extraction: false, Ventilator: true));
        result.Request.Security.Should().BeNull();
        result.Warnings.Select(w => w.Line).Should().BeEquivalentTo([6, 7, 8, 9]);
    }

    [Fact]
    public void Every_bad_line_gets_its_own_error()
    {
        var result = NineLineText.Parse("LINE 1: 99ZZZ123\nLINE 2: DUSTOFF\nLINE 3: A1\nLINE 4: F\nLINE 5: L1\nLINE 6: Q\nLINE 7: Z\nLINE 8: A1\nLINE 9: NONE");

        result.Errors.Select(e => e.Line).Should().BeEquivalentTo([1, 2, 4, 6, 7]);
        result.Errors.Single(e => e.Line == 1).Message.Should().Contain("Zone 99");
        result.Errors.Single(e => e.Line == 6).Message.Should().Contain("N (no enemy)");
    }

    [Fact]
    public void Latitude_and_longitude_are_accepted_on_line_1()
    {
        var result = NineLineText.Parse(AcceptanceNineLine.Replace("30QZD1639100716", "12.6392N 8.0029W", StringComparison.Ordinal));

        result.Request!.Pickup.Should().Be(new PickupLocation(null, 12.6392, -8.0029));
    }

    [Fact]
    public void A_lone_nationality_letter_counts_every_patient_with_a_warning()
    {
        var result = NineLineText.Parse(AcceptanceNineLine.Replace("C3", "C", StringComparison.Ordinal));

        result.Request!.Nationality.Should().Be(new NationalityCounts(0, 0, 3, 0, 0));
        result.Warnings.Should().ContainSingle(w => w.Line == 8);
    }

    [Fact]
    public void Counts_that_disagree_between_lines_are_warned_about()
    {
        var result = NineLineText.Parse(AcceptanceNineLine.Replace("L2 A1", "L1", StringComparison.Ordinal));

        result.IsValid.Should().BeTrue();
        result.Warnings.Should().ContainSingle(w => w.Line == 5 && w.Message.Contains("line 3 lists 3"));
    }

    [Fact]
    public void A_line_given_twice_is_an_error()
    {
        var result = NineLineText.Parse(AcceptanceNineLine + "\nLINE 6: N");

        result.Errors.Should().ContainSingle(e => e.Line == 6 && e.Message.Contains("twice"));
    }

    [Fact]
    public void Zmist_and_atmist_handovers_follow_the_nine_lines()
    {
        var result = NineLineText.Parse(AcceptanceNineLine
            + "\nPATIENT 1: ZAP AB1234; MECHANISM GSW; INJURIES LEFT THIGH; SIGNS HR 110 BP 100/60; TREATMENT TQ 0915Z"
            + "\natmist: a: 25; t: 0850z; m: ied; i: bilateral legs; s: gcs 14; t: 2 tq");

        result.Request!.Patients.Should().Equal(
            new PatientHandover("AB1234", null, null, "GSW", "LEFT THIGH", "HR 110 BP 100/60", "TQ 0915Z"),
            new PatientHandover(null, "25", "0850Z", "IED", "BILATERAL LEGS", "GCS 14", "2 TQ"));
    }

    [Fact]
    public void The_canonical_form_prefixes_every_line()
    {
        NineLineText.Format(NineLineText.Parse(AcceptanceNineLine).Request!).Should().Be(
            "LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1 B1 C1\nLINE 4: A\nLINE 5: L2 A1\nLINE 6: P\nLINE 7: C\nLINE 8: C3\nLINE 9: NONE");
    }
}
