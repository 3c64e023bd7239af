using System.Diagnostics.CodeAnalysis;

// ConflictJson and ConflictJsonLines mirror JsonSerializer, whose overloads (text or UTF-8 bytes; a sequence or an
// async sequence) each take optional trailing parameters; a required parameter's type already tells them apart,
// so a call can never become ambiguous.
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Scope = "member",
    Target = "~M:ConflictModel.ConflictJson.Deserialize(System.String,ConflictModel.ConflictJsonOptions)~ConflictModel.ConflictReport",
    Justification = "Mirrors JsonSerializer.Deserialize; the first parameter's type tells the overloads apart.")]
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Scope = "member",
    Target = "~M:ConflictModel.ConflictJson.Deserialize(System.ReadOnlySpan{System.Byte},ConflictModel.ConflictJsonOptions)~ConflictModel.ConflictReport",
    Justification = "Mirrors JsonSerializer.Deserialize; the first parameter's type tells the overloads apart.")]
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Scope = "member",
    Target = "~M:ConflictModel.ConflictJsonLines.WriteAsync(System.IO.Stream,System.Collections.Generic.IEnumerable{ConflictModel.ConflictReport},System.Threading.CancellationToken)~System.Threading.Tasks.Task",
    Justification = "Mirrors JsonSerializer; the type of the sequence tells the overloads apart.")]
[assembly: SuppressMessage(
    "ApiDesign",
    "RS0026:Do not add multiple public overloads with optional parameters",
    Scope = "member",
    Target = "~M:ConflictModel.ConflictJsonLines.WriteAsync(System.IO.Stream,System.Collections.Generic.IAsyncEnumerable{ConflictModel.ConflictReport},System.Threading.CancellationToken)~System.Threading.Tasks.Task",
    Justification = "Mirrors JsonSerializer; the type of the sequence tells the overloads apart.")]
