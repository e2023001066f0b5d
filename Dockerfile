# Multi-stage build of the Booking API and of the Cal.com sandbox (for compose and demos).
#   docker build -t booking-api .                     the API (the last stage)
#   docker build --target sandbox -t booking-sandbox .  the sandbox
# Both run as the images' non-root "app" user and listen on port 8080.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Project files first, so the restore layer is reused until a dependency changes.
COPY Directory.Build.props Directory.Build.targets Directory.Packages.props .editorconfig ./
COPY src/Booking.Domain/Booking.Domain.csproj src/Booking.Domain/
COPY src/Booking.Application/Booking.Application.csproj src/Booking.Application/
COPY src/Booking.Infrastructure/Booking.Infrastructure.csproj src/Booking.Infrastructure/
COPY src/Booking.CalComSandbox/Booking.CalComSandbox.csproj src/Booking.CalComSandbox/
COPY src/Booking.Api/Booking.Api.csproj src/Booking.Api/
RUN dotnet restore src/Booking.Api/Booking.Api.csproj
COPY src/ src/
RUN dotnet publish src/Booking.Api/Booking.Api.csproj --configuration Release --no-restore --output /app/api \
 && dotnet publish src/Booking.CalComSandbox/Booking.CalComSandbox.csproj --configuration Release --no-restore --output /app/sandbox

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS sandbox
WORKDIR /app
COPY --from=build /app/sandbox .
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Booking.CalComSandbox.dll", "--urls", "http://0.0.0.0:8080"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS api
WORKDIR /app
COPY --from=build /app/api .
ENV ASPNETCORE_HTTP_PORTS=8080
# A 4 MB gen0 budget keeps peak memory low; the runtime reads it only from the environment (ADR 20).
ENV DOTNET_GCgen0size=0x400000
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "Booking.Api.dll"]
