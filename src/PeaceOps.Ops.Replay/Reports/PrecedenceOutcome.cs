using PeaceOps.Ops.Contracts.Incidents;

namespace PeaceOps.Ops.Replay.Reports;

/// <summary>
/// How often casualties of one precedence made the 1-hour and 2-hour marks. Shares are of the judged incidents only
/// (met or missed); pending and cancelled ones count in <see cref="Incidents"/> but not in the shares.
/// </summary>
public sealed record PrecedenceOutcome(
    Precedence Precedence,
    int Incidents,
    int ResuscitationJudged,
    int ResuscitationMet,
    int SurgeryJudged,
    int SurgeryMet)
{
    public double? ResuscitationShare => ResuscitationJudged == 0 ? null : (double)ResuscitationMet / ResuscitationJudged;

    public double? SurgeryShare => SurgeryJudged == 0 ? null : (double)SurgeryMet / SurgeryJudged;
}
