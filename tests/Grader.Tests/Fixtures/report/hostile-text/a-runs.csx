// Everything this submission can put in a report is hostile (Report/HostileTextTests): its folder and file names
// (given by the test), a compile message quoting its source (b-quotes.csx) and, on every case, an exception message
// and console output.
const string Hostile = "=HYPERLINK(\"http://evil.example\",\"x\") <script>alert(1)</script> [x](javascript:alert(2)) <https://evil.example> *emph* _under_ ~~gone~~ `code` | forged | cell |\n# forged heading\r\n\u001b[31mred\u001b[0m \0 \u202Egnp.exe [red]markup[/]";

double[] Conv1D(double[] x, double[] w)
{
    System.Console.Write(Hostile);
    throw new System.Exception(Hostile);
}
