# syntax=docker/dockerfile:1
# Disputes API image. Build context: repository root (see .dockerignore).

# ---- build ----------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone, so the restore layer is reused until a package or project
# reference changes, not on every source edit.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/Disputes.Domain/Disputes.Domain.csproj           src/Disputes.Domain/
COPY src/Disputes.Projections/Disputes.Projections.csproj src/Disputes.Projections/
COPY src/Disputes.Hosting/Disputes.Hosting.csproj         src/Disputes.Hosting/
COPY src/Disputes.Deadlines/Disputes.Deadlines.csproj     src/Disputes.Deadlines/
COPY src/Disputes.Webhooks/Disputes.Webhooks.csproj       src/Disputes.Webhooks/
COPY src/Disputes.Audit/Disputes.Audit.csproj             src/Disputes.Audit/
COPY src/Disputes.Statistics/Disputes.Statistics.csproj   src/Disputes.Statistics/
COPY src/Disputes.Api/Disputes.Api.csproj                 src/Disputes.Api/
RUN dotnet restore src/Disputes.Api/Disputes.Api.csproj

COPY .editorconfig ./
COPY src/ src/
# UseAppHost=false: the runtime image starts the app with `dotnet`, no native launcher needed.
RUN dotnet publish src/Disputes.Api/Disputes.Api.csproj -c Release --no-restore \
      -o /app/publish -p:UseAppHost=false

# ---- runtime --------------------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1
COPY --from=build /app/publish ./
# The image's built-in unprivileged `app` user; the app needs no write access to /app.
USER $APP_UID
EXPOSE 8080
# The aspnet image has no curl or wget; bash's /dev/tcp is enough for a readiness probe that also
# checks the database (/health/ready), so an orchestrator stops routing when PostgreSQL is gone.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Disputes.Api.dll"]
