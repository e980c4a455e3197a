namespace PeaceOps.Ops.Planning.Tasking;

public enum WhatIfKind
{
    NightFlightAuthorised,
    ZoneCleared,
}
