# The staff tool as an image (the README's Kubernetes and PrairieLearn recipes name it). Untested here: this machine
# has no container engine. Build from the repository root: docker build -t registry.example.edu/grader .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet pack grader -c Release -o /nupkg

FROM mcr.microsoft.com/dotnet/sdk:10.0
# bubblewrap: the workers' OS sandbox (the grader runs without it and says so).
RUN apt-get update && apt-get install -y --no-install-recommends bubblewrap && rm -rf /var/lib/apt/lists/*
COPY --from=build /nupkg /nupkg
RUN dotnet tool install --tool-path /opt/grader --add-source /nupkg Grader && rm -rf /nupkg
ENV PATH="/opt/grader:${PATH}" DOTNET_CLI_TELEMETRY_OPTOUT=1
ENTRYPOINT ["grader"]
