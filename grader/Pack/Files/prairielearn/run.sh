#!/usr/bin/env bash
# PrairieLearn's external grader runs this in the grading container, the submission in /grade/student. The grader is
# the image's own (the repository's Dockerfile) or, in an image with just the .NET 10 SDK, installed from tools/.
set -uo pipefail
here=/grade/serverFilesCourse/{{id}}
mkdir -p /grade/results
if command -v grader >/dev/null; then grader=grader; else
  dotnet tool install --tool-path /tmp/grader-tool --add-source "$here/tools" Grader --version {{version}} >/dev/null
  grader=/tmp/grader-tool/grader
fi
exec "$grader" autograde "$here/assignment" /grade/student --prairielearn /grade/results/results.json
