namespace DivPO.Tokenization.PreTokenization;

/// <summary>A slice of a text segment that the model encodes on its own (a "word" of the pre-tokenizer).</summary>
internal readonly record struct Piece(int Start, int Length);
