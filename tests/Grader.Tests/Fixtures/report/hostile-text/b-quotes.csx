// The #error line carries a raw escape character and a right-to-left override; the compiler quotes it.
void Quoted()
{
#error <script>alert(1)</script> [x](javascript:alert(2)) <https://evil.example> *emph* | cell | =HYPERLINK("http://evil.example") [31mred ‮gnp.exe [red]markup[/]
}
