using System.Diagnostics.CodeAnalysis;

// ConflictJson mirrors JsonSerializer, whose Deserialize overloads (text, UTF-8 bytes) each take optional
// options; the required first parameter already tells them apart, so a call can never become ambiguous.
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
