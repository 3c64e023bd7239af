using System.Collections.Generic;

namespace ConflictModel.Parquet;

/// <summary>
/// The report a row comes from (a whole report, or one line of a JSON Lines stream): where derived
/// columns look up the places and actors an entity refers to.
/// </summary>
internal sealed class Slice
{
    // A parent chain longer than this is a cycle (the validator reports those); stop rather than loop.
    private const int MaxDepth = 64;

    private readonly Dictionary<string, Location> _locations = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, Actor> _actors = new(System.StringComparer.Ordinal);

    public Slice(ConflictReport report)
    {
        foreach (var location in report.Locations)
        {
            _locations.TryAdd(location.Id.Value, location);
        }

        foreach (var actor in report.Actors)
        {
            _actors.TryAdd(actor.Id.Value, actor);
        }
    }

    public Actor? Actor(ActorId id) => _actors.GetValueOrDefault(id.Value);

    public Location? Location(LocationId id) => _locations.GetValueOrDefault(id.Value);

    /// <summary>The country, first- and second-order division a place lies in (itself included), by walking its parents.</summary>
    public PlaceNames Place(LocationId? id)
    {
        var names = default(PlaceNames);
        var current = id is { } start ? Location(start) : null;
        for (var depth = 0; current is not null && depth < MaxDepth; depth++)
        {
            switch (current.Kind)
            {
                case LocationKind.Country when names.CountryName is null:
                    names = names with { CountryCode = current.IsoCode?.Value, CountryName = current.Name.Text };
                    break;
                case LocationKind.FirstOrderDivision when names.Admin1 is null:
                    names = names with { Admin1 = current.Name.Text };
                    break;
                case LocationKind.SecondOrderDivision when names.Admin2 is null:
                    names = names with { Admin2 = current.Name.Text };
                    break;
            }

            current = current.Parent is { } parent ? Location(parent) : null;
        }

        return names;
    }
}

/// <summary>Names from a place hierarchy; each null when the hierarchy has no such level.</summary>
internal readonly record struct PlaceNames(string? CountryCode, string? CountryName, string? Admin1, string? Admin2);

/// <summary>A row of an entity table: the entity, its lossless JSON (UTF-8, a slice of its report's document), its position in the batch.</summary>
internal readonly record struct EntityRow<T>(T Entity, System.ReadOnlyMemory<byte> Json, long Ordinal, string Batch, Slice Slice);

/// <summary>A row of a child table: one item of a parent's list, at its position in that list.</summary>
internal readonly record struct ChildRow<T>(string ParentId, int Ordinal, T Item, string Batch, Slice Slice);
