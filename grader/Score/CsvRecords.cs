using System.Text;

namespace Grader.Score;

/// <summary>The CSV files a TA hands the grader (manual scores, submission times), read one way.</summary>
public static class CsvRecords
{
    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    public static List<List<string>> Read(string text)
    {
        var (rows, row, field) = (new List<List<string>>(), new List<string>(), new StringBuilder());
        bool quoted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c != '"') field.Append(c);
                else if (i + 1 < text.Length && text[i + 1] == '"') field.Append(text[++i]);
                else quoted = false;
            }
            else if (c == '"') quoted = any = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); any = true; }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (any || field.Length > 0) { row.Add(field.ToString()); rows.Add(row); }
                (row, any) = ([], false);
                field.Clear();
            }
            else { field.Append(c); any = true; }
        }
        if (any || field.Length > 0) { row.Add(field.ToString()); rows.Add(row); }
        return rows;
    }
}
