using PeaceOps.Ops.Replay.Reports;

namespace PeaceOps.Ops.Replay.Tests.Reports;

public sealed class PercentilesTests
{
    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value_whatever_the_order()
    {
        Percentiles.Median([50, 10, 40, 20, 30]).Should().Be(30);
    }

    [Fact]
    public void Median_of_an_even_count_is_halfway_between_the_middle_two()
    {
        Percentiles.Median([4, 1, 3, 2]).Should().Be(2.5);
    }

    [Fact]
    public void P90_interpolates_between_ranks_like_a_spreadsheet()
    {
        // PERCENTILE.INC({10,20,30,40,50}, 0.9): rank 0.9 × 4 = 3.6 → 40 + 0.6 × 10 = 46.
        Percentiles.P90([10, 20, 30, 40, 50]).Should().BeApproximately(46, 1e-9);
    }

    [Fact]
    public void A_single_value_is_its_own_median_and_p90()
    {
        Percentiles.Median([7]).Should().Be(7);
        Percentiles.P90([7]).Should().Be(7);
    }

    [Fact]
    public void No_values_have_no_percentile()
    {
        Percentiles.Median([]).Should().BeNull();
    }
}
