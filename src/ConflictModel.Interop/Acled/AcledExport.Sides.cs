using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ConflictModel.Interop.Acled;

/// <summary>Actor 1 and actor 2 of a row and their associates, from an engagement's participants.</summary>
internal sealed class Sides
{
    public required string Actor1 { get; init; }

    public required string Described1 { get; init; }

    public ConflictCategory? Inter1 { get; init; }

    public required List<string> Associates1 { get; init; }

    public string? Actor2 { get; init; }

    public string? Described2 { get; init; }

    public ConflictCategory? Inter2 { get; init; }

    public required List<string> Associates2 { get; init; }

    public bool Attacks { get; init; }

    public bool CiviliansTargeted { get; init; }

    // notesAreRecord: the row's notes are an imported record's own text, which the loss report cannot point to for what the model says.
    public static Sides? Of(IAcledLookup index, Engagement engagement, string subject, bool notesAreRecord, List<LossEntry>? losses)
    {
        // Actor 1 is the attacker when there is one, else the first side named; actor 2 the next side.
        // An associate joins the side named before it (actor 1 when none is).
        var participants = engagement.Participants;
        Participant? attacker = null, firstNamed = null;
        var directed = false;
        foreach (var p in participants)
        {
            if (p.Role != ParticipantRole.Associate)
            {
                firstNamed ??= p;
                attacker ??= p.Role == ParticipantRole.Attacker ? p : null;
                directed |= p.Role != ParticipantRole.Unspecified;
            }
        }

        var first = attacker ?? firstNamed;
        if (first is null)
        {
            losses?.Add(new LossEntry(subject, AcledExport.NoRow, "it has no participant to be actor 1"));
            return null;
        }

        Participant? second = null;
        foreach (var p in participants)
        {
            if (p.Role != ParticipantRole.Associate && p != first)
            {
                second = p;
                break;
            }
        }

        foreach (var extra in participants)
        {
            if (extra.Role != ParticipantRole.Associate && extra != first && extra != second)
            {
                losses?.Add(new LossEntry(subject, $"the participant {extra.Actor.Value} ({extra.Role})", "ACLED has two actors a row; a third side is written as an associate of actor 2"));
            }
        }

        var associates1 = new List<string>();
        var associates2 = new List<string>();
        Participant? side = null;
        foreach (var participant in engagement.Participants)
        {
            if (participant.Role != ParticipantRole.Associate)
            {
                side = participant;
                if (participant != first && participant != second)
                {
                    associates2.Add(Coded(index, participant, subject, null, notesAreRecord, losses).Name);
                }

                continue;
            }

            (side == second && second is not null ? associates2 : associates1).Add(Coded(index, participant, subject, null, notesAreRecord, losses).Name);
        }

        var one = Coded(index, first, subject, AcledExport.HasOwnText(engagement, AcledColumnIndex.Inter1) ? null : "inter1", notesAreRecord, losses);
        var two = second is null ? default : Coded(index, second, subject, AcledExport.HasOwnText(engagement, AcledColumnIndex.Inter2) ? null : "inter2", notesAreRecord, losses);
        if (directed)
        {
            losses?.Add(new LossEntry(subject, "the participants' roles (who attacked whom)", notesAreRecord ? "ACLED's actor 1 and actor 2 imply no direction, and the notes are the ACLED record's own text, written as it is" : "ACLED's actor 1 and actor 2 imply no direction; the notes say who attacked"));
        }

        return new Sides
        {
            Actor1 = one.Name,
            Described1 = one.Described,
            Inter1 = one.Category,
            Associates1 = associates1,
            Actor2 = second is null ? null : two.Name,
            Described2 = second is null ? null : two.Described,
            Inter2 = second is null ? null : two.Category,
            Associates2 = associates2,
            Attacks = first.Role == ParticipantRole.Attacker,
            CiviliansTargeted = TargetsCivilians(index, participants),
        };
    }

    private static bool TargetsCivilians(IAcledLookup index, ImmutableArray<Participant> participants)
    {
        foreach (var p in participants)
        {
            if (p.Role is ParticipantRole.Victim or ParticipantRole.Target && Category(index, CodedId(p)) == ConflictCategory.Civilians)
            {
                return true;
            }
        }

        return false;
    }

    private static ConflictCategory? Category(IAcledLookup index, ActorId id) => index.TryGet(id, out var a) ? a.Category : null;

    // The actor an export codes: the identified actor when the participant has an identification.
    private static ActorId CodedId(Participant participant) => participant.Identification?.Actor ?? participant.Actor;

    /// <summary>The name an export codes for a participant, with the loss lines it needs.</summary>
    /// <param name="index">The look-ups.</param>
    /// <param name="participant">The participant.</param>
    /// <param name="subject">The loss report's subject.</param>
    /// <param name="interColumn">The inter column derived from the actor's category (actor 1's or 2's), or null when none is: associates have no inter code, and a row's own text of the column is written as it is.</param>
    /// <param name="notesAreRecord">Whether the row's notes are an imported record's own text, which the loss report cannot point to.</param>
    /// <param name="losses">The loss report, or null when none is kept.</param>
    private static (string Name, string Described, ConflictCategory? Category) Coded(IAcledLookup index, Participant participant, string subject, string? interColumn, bool notesAreRecord, List<LossEntry>? losses)
    {
        var id = CodedId(participant);
        var actor = index.TryGet(id, out var found) ? found : null;
        var name = AcledName(actor) ?? id.Value;
        var described = name;
        if (participant.Identification is { } identification)
        {
            var own = index.TryGet(participant.Actor, out var seen) ? seen.Name.Text : participant.Actor.Value;
            var claims = identification.Claims.IsDefaultOrEmpty ? "no claim cited" : string.Join(", ", identification.Claims.Select(c => c.Value));
            var basis = identification.Basis switch
            {
                IdentificationBasis.ClaimedResponsibility => "identified by a claim of responsibility",
                IdentificationBasis.Stated => "identified by the source itself",
                _ => "identified by the modeller's inference",
            };
            described = identification.Basis == IdentificationBasis.ClaimedResponsibility
                ? $"{own} (believed to be {name}, which claimed responsibility)"
                : $"{own} (believed to be {name})";
            losses?.Add(new LossEntry(subject, $"{name} as the coded actor of the participant {own}: {basis}, {claims}", notesAreRecord ? "ACLED's actor columns cannot say that the actor is an identification, nor on what it rests, and the notes are the ACLED record's own text, written as it is" : "ACLED's actor columns cannot say that the actor is an identification, nor on what it rests; the source's own description is kept in the notes"));
        }

        if (actor?.Category is null && interColumn is not null)
        {
            losses?.Add(new LossEntry(subject, $"the actor type of {name}", $"the actor has no category, so {interColumn} is left empty"));
        }

        return (name, described, actor?.Category);
    }

    private static string? AcledName(Actor? actor)
    {
        if (actor is null)
        {
            return null;
        }

        foreach (var id in actor.ExternalIds)
        {
            if (id.Scheme == ExternalId.Acled)
            {
                return id.Value;
            }
        }

        return actor.Name.Text;
    }
}
