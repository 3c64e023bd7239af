using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ConflictModel;

/// <summary>Reads one item of an array.</summary>
internal delegate T ItemReader<T>(ref JsonCursor cursor);

/// <summary>
/// A forward-only reader over one complete JSON document that knows where it is: it keeps the
/// path from the root, turns every problem into a <see cref="ConflictJsonException"/> with that
/// path and the line and byte position, and applies the rules shared by every object (unknown,
/// duplicate, missing and null members; the depth limit).
/// </summary>
/// <remarks>
/// Every Read method expects the cursor on the first token of the value and leaves it on the
/// value's last token. The input is always complete (a whole document, or one line of a stream),
/// so a look-ahead is a copy of the cursor.
/// </remarks>
internal ref struct JsonCursor
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly ReadOnlySpan<byte> _input;
    private readonly ReadSession _session;
    private Utf8JsonReader _reader;

    public JsonCursor(ReadOnlySpan<byte> input, ReadSession session)
    {
        _input = input;
        _session = session;

        // One more level than the limit, so that the cursor, not the reader, reports the limit.
        _reader = new Utf8JsonReader(input, new JsonReaderOptions { MaxDepth = session.MaxDepth + 1 });
    }

    public readonly JsonTokenType TokenType => _reader.TokenType;

    public readonly ReadSession Session => _session;

    /// <summary>Moves to the first token, refusing a byte order mark.</summary>
    public void Start()
    {
        if (_input.StartsWith(Utf8Bom))
        {
            throw ErrorAt(ConflictJsonErrorKind.Malformed, "The document starts with a byte order mark (U+FEFF); JSON text must not.", 0);
        }

        if (_input.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw ErrorAt(ConflictJsonErrorKind.Malformed, "The document is empty; it must hold a report, a JSON object.", _input.Length);
        }

        Advance();
    }

    /// <summary>Checks that nothing but white space follows the value just read.</summary>
    public void End()
    {
        bool more;
        try
        {
            more = _reader.Read();
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        if (more)
        {
            throw Error(ConflictJsonErrorKind.Malformed, "Content follows the end of the document.");
        }
    }

    /// <summary>Moves to the next token; running out of tokens means the input was cut short.</summary>
    public void Advance()
    {
        bool read;
        try
        {
            read = _reader.Read();
        }
        catch (JsonException e)
        {
            throw Malformed(e);
        }

        if (!read)
        {
            throw ErrorAt(ConflictJsonErrorKind.Malformed, "The document ends before its value is complete.", _input.Length);
        }
    }

    /// <summary>Starts reading an object: the cursor must be on '{'.</summary>
    public ObjectScope BeginObject(MemberTable table)
    {
        ExpectContainer(JsonTokenType.StartObject, table.Description);
        return new ObjectScope(table, (int)_reader.TokenStartIndex);
    }

    /// <summary>
    /// Moves to the value of the next member of the object, skipping unknown members in tolerant
    /// mode and null values of optional members (null is the same as absent); at the end of the
    /// object checks that every required member was there and returns false.
    /// </summary>
    public bool NextMember(ref ObjectScope scope, out int member)
    {
        var table = scope.Table;
        if (scope.Open >= 0)
        {
            _session.Pop();
            scope.Open = -1;
        }

        while (true)
        {
            Advance();
            if (_reader.TokenType == JsonTokenType.EndObject)
            {
                var missing = table.RequiredMask & ~scope.Seen;
                if (missing != 0)
                {
                    var absent = table.Names[System.Numerics.BitOperations.TrailingZeroCount(missing)];
                    throw Error(ConflictJsonErrorKind.MissingMember, $"{Capitalize(table.Description)} needs the member '{absent}', which is missing.");
                }

                member = -1;
                return false;
            }

            // Members come in order in what this library writes: look first after the last one seen.
            CheckEscapedText("A member name");
            var index = table.Find(ref _reader, 64 - System.Numerics.BitOperations.LeadingZeroCount(scope.Seen));
            if (index < 0)
            {
                var unknown = GetText();
                _session.Push(unknown);
                if (_session.Mode == ConflictJsonReadMode.Strict)
                {
                    throw Error(
                        ConflictJsonErrorKind.UnknownProperty,
                        $"'{MessageQuote.Of(unknown)}' is not a member of {table.Description}; its members are {string.Join(", ", table.Names)}.");
                }

                // Tolerant: the unknown member is skipped, but stays on the path while it is, so
                // that a failure inside it (nesting too deep) says where.
                Advance();
                SkipValue();
                _session.Pop();
                continue;
            }

            var name = table.Names[index];
            _session.Push(name);
            var bit = 1UL << index;
            if ((scope.Seen & bit) != 0)
            {
                throw Error(ConflictJsonErrorKind.DuplicateProperty, $"The member '{name}' appears more than once in {table.Description}.");
            }

            scope.Seen |= bit;
            scope.Offsets[index] = (int)_reader.TokenStartIndex;
            Advance();
            if (_reader.TokenType == JsonTokenType.Null)
            {
                if (table.IsRequired(index))
                {
                    throw Error(ConflictJsonErrorKind.WrongType, $"The member '{name}' of {table.Description} is required and cannot be null.");
                }

                _session.Pop();
                continue;
            }

            scope.Open = index;
            member = index;
            return true;
        }
    }

    /// <summary>
    /// Makes the error for a value the model refused to build from the members read. The model's
    /// exception names the parameter; when that is one of the members, the error points at it.
    /// </summary>
    public ConflictJsonException Refused(in ObjectScope scope, Exception refusal)
        => RefusedAt(in scope, refusal, scope.Table.IndexOf((refusal as ArgumentException)?.ParamName));

    /// <summary>Makes the error for a value the model refused, pointing at a member (or, for -1 or a member not present, the object).</summary>
    public ConflictJsonException RefusedAt(in ObjectScope scope, Exception refusal, int member)
        => InvalidAt(in scope, member, DescribeRefusal(refusal), refusal);

    /// <summary>Makes an invalid-value error pointing at a member (or, for -1 or a member not present, the object).</summary>
    public ConflictJsonException InvalidAt(in ObjectScope scope, int member, string rule, Exception? inner = null)
    {
        var table = scope.Table;
        if (member >= 0 && (scope.Seen & (1UL << member)) != 0)
        {
            _session.Push(table.Names[member]);
            return ErrorAt(ConflictJsonErrorKind.InvalidValue, $"The member '{table.Names[member]}' of {table.Description} is not valid: {rule}", scope.Offsets[member], inner);
        }

        return ErrorAt(ConflictJsonErrorKind.InvalidValue, $"{Capitalize(table.Description)} is not valid: {rule}", scope.StartOffset, inner);
    }

    /// <summary>Reads an array, each item with <paramref name="readItem"/>; items may not be null.</summary>
    /// <remarks>
    /// The items are gathered in a pooled buffer and copied once into an array of the exact length,
    /// which becomes the result without another copy: a builder would leave a buffer and a copy
    /// behind for every array, most of them of one to three items.
    /// </remarks>
    public ImmutableArray<T> ReadArray<T>(ItemReader<T> readItem)
    {
        ExpectContainer(JsonTokenType.StartArray, "an array");

        // Most arrays hold a few items (participants, locations, attributions): they are gathered on
        // the stack, and only a longer one goes to a pooled array, so that a short one costs no rent
        // and return of the shared pool.
        var inline = default(InlineItems<T>);
        Span<T> items = inline;
        T[]? rented = null;
        var count = 0;
        try
        {
            while (true)
            {
                Advance();
                if (_reader.TokenType == JsonTokenType.EndArray)
                {
                    return count == 0 ? ImmutableArray<T>.Empty : ImmutableCollectionsMarshal.AsImmutableArray(items[..count].ToArray());
                }

                _session.Push(count);
                if (_reader.TokenType == JsonTokenType.Null)
                {
                    throw Error(ConflictJsonErrorKind.WrongType, "An item of an array cannot be null.");
                }

                if (count == items.Length)
                {
                    var larger = ArrayPool<T>.Shared.Rent(count * 2);
                    items[..count].CopyTo(larger);
                    if (rented is not null)
                    {
                        Release(rented, count);
                    }

                    rented = larger;
                    items = larger;
                }

                items[count++] = readItem(ref this);
                _session.Pop();
            }
        }
        finally
        {
            if (rented is not null)
            {
                Release(rented, count);
            }
        }
    }

    [InlineArray(8)]
    private struct InlineItems<T>
    {
        private T _first;
    }

    public string ReadString()
    {
        ExpectScalar(JsonTokenType.String, "a string");
        return (!_reader.ValueIsEscaped && !_reader.HasValueSequence ? _session.Strings.Get(_reader.ValueSpan) : null) ?? GetText();
    }

    public int ReadInt32()
    {
        ExpectScalar(JsonTokenType.Number, "a number");
        if (!_reader.TryGetInt32(out var value))
        {
            throw Error(ConflictJsonErrorKind.InvalidValue, $"The number {RawText()} is not a whole number from {int.MinValue} to {int.MaxValue}.");
        }

        return value;
    }

    public double ReadDouble()
    {
        ExpectScalar(JsonTokenType.Number, "a number");
        if (!_reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw Error(ConflictJsonErrorKind.InvalidValue, $"The number {RawText()} is too large to be represented.");
        }

        return value;
    }

    /// <summary>Reads an ISO date; the common form straight from UTF-8, anything else through <see cref="NodaTimeText.ParseDate"/>.</summary>
    public NodaTime.LocalDate ReadDate()
    {
        ExpectScalar(JsonTokenType.String, "a string");
        return !_reader.ValueIsEscaped && !_reader.HasValueSequence && NodaTimeText.TryParseDate(_reader.ValueSpan, out var date)
            ? date
            : ReadParsed(NodaTimeText.ParseDate, NodaTimeText.DateForm);
    }

    /// <summary>Finds the value of <typeparamref name="TEnum"/> named by the string the cursor is on; null if none is.</summary>
    public TEnum? FindName<TEnum>()
        where TEnum : struct, Enum
    {
        CheckEscapedText("A string");
        var index = EnumNames<TEnum>.Find(ref _reader);
        return index < 0 ? null : EnumNames<TEnum>.At(index);
    }

    public TEnum ReadEnum<TEnum>()
        where TEnum : struct, Enum
    {
        if (_reader.TokenType != JsonTokenType.String)
        {
            throw Error(
                ConflictJsonErrorKind.WrongType,
                $"Expected the name of a value of {typeof(TEnum).Name} as a string ({EnumNames<TEnum>.List}), found {DescribeToken()}.");
        }

        CheckEscapedText("A string");
        var index = EnumNames<TEnum>.Find(ref _reader);
        if (index < 0)
        {
            throw Error(ConflictJsonErrorKind.UnknownEnumValue, $"'{MessageQuote.Of(GetText())}' is not a value of {typeof(TEnum).Name}; the values are {EnumNames<TEnum>.List}.");
        }

        return EnumNames<TEnum>.At(index);
    }

    public TId ReadId<TId>()
        where TId : struct, IEntityId<TId>
        => ReadParsed(ParseString<TId>, IdName<TId>.Value);

    // Constrained to IParsable alone: with ISpanParsable in sight, TId.Parse(string, null) binds to
    // the span overload, which copies the text and so loses the reader's shared id strings.
    private static T ParseString<T>(string text)
        where T : IParsable<T>
        => T.Parse(text, null);

    /// <summary>Reads a string and builds a value from it; the factory's refusal becomes an invalid-value error.</summary>
    public T ReadParsed<T>(Func<string, T> parse, string what)
    {
        var text = ReadString();
        try
        {
            return parse(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw Error(ConflictJsonErrorKind.InvalidValue, $"'{MessageQuote.Of(text)}' is not a valid {what}: {DescribeRefusal(e)}", e);
        }
    }

    /// <summary>Skips the value the cursor is on, checking the depth limit on the way.</summary>
    public void SkipValue()
    {
        if (_reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = _reader.CurrentDepth;
        do
        {
            if (_reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                CheckDepth();
            }

            Advance();
        }
        while (_reader.CurrentDepth > depth || _reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray));
    }

    /// <summary>
    /// Looks ahead, without moving, for a member of the object the cursor is at the start of.
    /// When found, <paramref name="found"/> is a cursor on its value with the member on the path;
    /// the caller reads the value and then pops the path.
    /// </summary>
    public bool TryFindMember(ReadOnlySpan<byte> utf8Name, string name, out JsonCursor found)
    {
        found = this;
        while (true)
        {
            found.Advance();
            if (found._reader.TokenType == JsonTokenType.EndObject)
            {
                return false;
            }

            found.CheckEscapedText("A member name");
            var match = found._reader.ValueTextEquals(utf8Name);
            found.Advance();
            if (match)
            {
                _session.Push(name);
                return true;
            }

            found.SkipValue();
        }
    }

    /// <summary>Makes an error located at the token the cursor is on.</summary>
    public ConflictJsonException Error(ConflictJsonErrorKind kind, string problem, Exception? inner = null)
        => ErrorAt(kind, problem, _reader.TokenStartIndex, inner);

    /// <summary>Returns a pooled buffer, first clearing the references it holds so that the pool does not keep them alive.</summary>
    private static void Release<T>(T[] items, int count)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items.AsSpan(0, count).Clear();
        }

        ArrayPool<T>.Shared.Return(items);
    }

    private static string Capitalize(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));

    private static string DescribeRefusal(Exception refusal)
    {
        var message = refusal.Message;
        var newline = message.IndexOf('\n', StringComparison.Ordinal);
        if (newline >= 0)
        {
            message = message[..newline].TrimEnd('\r');
        }

        if (refusal is ArgumentException { ParamName: { } parameter })
        {
            message = message.Replace($" (Parameter '{parameter}')", string.Empty, StringComparison.Ordinal);
        }

        if (refusal is ArgumentOutOfRangeException { ActualValue: { } actual })
        {
            message = string.Create(CultureInfo.InvariantCulture, $"{message} The value given is {actual}.");
        }

        return message;
    }

    private void ExpectContainer(JsonTokenType type, string description)
    {
        if (_reader.TokenType != type)
        {
            throw Error(ConflictJsonErrorKind.WrongType, $"Expected {description} (a JSON {(type == JsonTokenType.StartObject ? "object" : "array")}), found {DescribeToken()}.");
        }

        CheckDepth();
    }

    private void CheckDepth()
    {
        if (_reader.CurrentDepth >= _session.MaxDepth)
        {
            throw Error(ConflictJsonErrorKind.DepthExceeded, $"Objects and arrays are nested deeper than the limit of {_session.MaxDepth} levels.");
        }
    }

    private void ExpectScalar(JsonTokenType type, string description)
    {
        if (_reader.TokenType != type)
        {
            throw Error(ConflictJsonErrorKind.WrongType, $"Expected {description}, found {DescribeToken()}.");
        }
    }

    private string DescribeToken() => _reader.TokenType switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        _ => _reader.TokenType.ToString(),
    };

    /// <summary>
    /// Refuses a name or value whose escapes do not decode (an escaped lone surrogate such as
    /// \ud800) before it is compared with a known name: the comparison would otherwise throw
    /// <see cref="InvalidOperationException"/> from inside System.Text.Json. Only escaped text
    /// needs the check, and that is rare.
    /// </summary>
    private void CheckEscapedText(string what)
    {
        if (_reader.ValueIsEscaped)
        {
            _ = GetText(what);
        }
    }

    private string GetText(string what = "A string")
    {
        try
        {
            return _reader.GetString()!;
        }
        catch (InvalidOperationException e)
        {
            throw Error(ConflictJsonErrorKind.Malformed, $"{what} is not valid UTF-8 or holds an unpaired surrogate (such as the escape \\ud800), which is no character.", e);
        }
    }

    private string RawText() => MessageQuote.Of(Encoding.UTF8.GetString(_reader.ValueSpan[..Math.Min(_reader.ValueSpan.Length, MessageQuote.MaxLength + 1)]));

    private ConflictJsonException Malformed(JsonException e)
    {
        // The reader's message ends with its own (0-based) position, which the exception states anyway.
        var message = e.Message;
        var position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (position > 0)
        {
            message = message[..position];
        }

        // The reader's advice is for code that configures System.Text.Json; a user of this
        // library has no such option (JSON simply does not allow a trailing comma).
        message = message.Replace(" which is not supported in this mode. Change the reader options.", ", which JSON does not allow. Remove the comma after the last item.", StringComparison.Ordinal);

        return new ConflictJsonException(
            ConflictJsonErrorKind.Malformed,
            $"The document is not well-formed JSON: {message}",
            _session.ToJsonPath(),
            _session.ToJsonPointer(),
            _session.FirstLine + (e.LineNumber ?? 0),
            e.BytePositionInLine ?? 0,
            e);
    }

    private ConflictJsonException ErrorAt(ConflictJsonErrorKind kind, string problem, long offset, Exception? inner = null)
    {
        var before = _input[..(int)Math.Min(offset, _input.Length)];
        var line = before.Count((byte)'\n');
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return new ConflictJsonException(kind, problem, _session.ToJsonPath(), _session.ToJsonPointer(), _session.FirstLine + line, before.Length - lineStart, inner);
    }
}
