#!/usr/bin/env bash
# Gradescope runs this once while it builds the autograder image: the .NET 10 SDK, bubblewrap (the workers' OS
# sandbox) and the grader, installed from the package in this zip.
set -euo pipefail
apt-get update -qq
apt-get install -y -qq curl ca-certificates bubblewrap
curl -sSL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
bash /tmp/dotnet-install.sh --channel 10.0 --install-dir /usr/share/dotnet
ln -sf /usr/share/dotnet/dotnet /usr/bin/dotnet
dotnet tool install --tool-path /autograder/tools --add-source /autograder/source/tools Grader --version {{version}}
