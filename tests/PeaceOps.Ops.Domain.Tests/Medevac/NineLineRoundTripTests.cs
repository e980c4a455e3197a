using CsCheck;
using PeaceOps.Ops.Domain.Geo;
using PeaceOps.Ops.Domain.Medevac;

namespace PeaceOps.Ops.Domain.Tests.Medevac;

public sealed class NineLineRoundTripTests
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char['A', 'Z'], 4, 8];
    private static readonly Gen<string?> FreeText = Gen.Select(Word, Gen.Int[0, 99], (w, n) => $"{w} {n}").Null();

    private static readonly Gen<PickupLocation> Pickup = Gen.OneOf(
        Gen.Select(Gen.Double[-79, 83], Gen.Double[-179, 179], Gen.Int[1, 5], (lat, lon, p) => PickupLocation.FromMgrs(Mgrs.Parse(Mgrs.Format(new GeoPosition(lat, lon), p)))),
        Gen.Select(Gen.Double[-90, 90], Gen.Double[-180, 180], (lat, lon) => PickupLocation.FromDegrees(lat, lon)));

    private static readonly Gen<RadioContact> Radio = Gen.Select(
        Gen.Int[30, 399], Gen.Int[0, 99], Word, Gen.Int[1, 99].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Null(),
        (mhz, frac, call, suffix) => new RadioContact($"{mhz}.{frac:00}", call, suffix));

    private static readonly Gen<PrecedenceCounts> Precedence = Gen.Select(Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 9], Gen.Int[0, 2])
        .Select((a, b, c, d, e) => new PrecedenceCounts(a + 1, b, c, d, e));

    private static readonly Gen<NineLineRequest> Request =
        Gen.Select(Pickup, Radio, Precedence, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Int[0, 9], Gen.Int[0, 9])
            .SelectMany(x => Gen.Select(
                Gen.Enum<PickupSecurity>().Nullable(),
                Gen.Select(Gen.Enum<MarkingMethod>(), Word.Null(), (m, d) => new PickupMarking(m, d)).Null(),
                FreeText,
                Gen.Select(FreeText, FreeText, FreeText, FreeText, (z, m, i, t) => new PatientHandover(z, null, null, m, i, null, t)).List[0, 3],
                (security, marking, nbc, patients) => new NineLineRequest(
                    x.Item1,
                    x.Item2,
                    x.Item3,
                    new SpecialEquipment(x.Item4, x.Item5, x.Item6),
                    new PatientTypeCounts(x.Item7 + 1, x.Item8, x.Item8 % 3),
                    security,
                    marking,
                    new NationalityCounts(x.Item3.Total, 0, 0, 0, 0),
                    nbc) { Patients = patients.Where(p => p != new PatientHandover(null, null, null, null, null, null, null)).ToList() }));

    [Fact]
    public void Parsing_the_canonical_text_gives_back_the_request()
    {
        Request.Sample(request =>
        {
            var parsed = NineLineText.Parse(NineLineText.Format(request));
            return parsed.IsValid && parsed.Request == request;
        });
    }

    [Fact]
    public void Reading_the_json_gives_back_the_request()
    {
        Request.Sample(request =>
        {
            var parsed = NineLineJson.Parse(NineLineJson.Serialize(request));
            return parsed.IsValid && parsed.Request == request;
        });
    }

    [Fact]
    public void Json_is_camel_case_with_enum_names()
    {
        var request = NineLineText.Parse("LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1\nLINE 4: A\nLINE 5: L1\nLINE 6: X").Request!;

        var json = NineLineJson.Serialize(request);

        json.Should().Contain("\"pickup\":{\"mgrs\":\"30QZD1639100716\"").And.Contain("\"security\":\"armedEscortRequired\"").And.Contain("\"urgentSurgical\":0");
    }

    [Fact]
    public void Json_with_a_bad_count_is_an_error_on_that_line()
    {
        var json = NineLineJson.Serialize(NineLineText.Parse("LINE 1: 30QZD1639100716\nLINE 2: 38.90 DUSTOFF 6\nLINE 3: A1\nLINE 4: A\nLINE 5: L1").Request!)
            .Replace("\"urgent\":1", "\"urgent\":-4", StringComparison.Ordinal);

        NineLineJson.Parse(json).Errors.Should().ContainSingle(e => e.Line == 3);
    }

    [Fact]
    public void Malformed_json_is_an_error_on_the_body()
    {
        NineLineJson.Parse("{not json").Errors.Should().ContainSingle(e => e.Key == "body");
    }
}
