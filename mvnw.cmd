@REM Small Maven wrapper for Windows; same order as ./mvnw:
@REM  a) MVNW_REPOURL set: download Maven from that repository, verify SHA-512, run it;
@REM  b) otherwise mvn on PATH; c) otherwise explain how to get Maven.
@echo off
setlocal
set "BASE_DIR=%~dp0"
set "PROPS=%BASE_DIR%.mvn\wrapper\maven-wrapper.properties"
for /f "usebackq tokens=1,* delims==" %%a in ("%PROPS%") do (
	if "%%a"=="distributionVersion" set "MVN_VERSION=%%b"
	if "%%a"=="distributionSha512Sum" set "MVN_SHA512=%%b"
)
set "MAVEN_PROJECTBASEDIR=%BASE_DIR:~0,-1%"
if "%MVNW_REPOURL%"=="" goto onpath

if "%MAVEN_USER_HOME%"=="" set "MAVEN_USER_HOME=%USERPROFILE%\.m2"
set "DISTS=%MAVEN_USER_HOME%\wrapper\dists"
set "MVN_HOME=%DISTS%\apache-maven-%MVN_VERSION%"
if exist "%MVN_HOME%\.verified" goto run
powershell -NoProfile -ExecutionPolicy Bypass -Command ^
	"$ErrorActionPreference='Stop';" ^
	"$url=$env:MVNW_REPOURL.TrimEnd('/') + '/org/apache/maven/apache-maven/%MVN_VERSION%/apache-maven-%MVN_VERSION%-bin.tar.gz';" ^
	"$tmp=Join-Path '%DISTS%' ('.download.' + [guid]::NewGuid()); New-Item -ItemType Directory -Force $tmp | Out-Null;" ^
	"try { $tgz=Join-Path $tmp 'maven.tar.gz'; [Net.ServicePointManager]::SecurityProtocol='Tls12';" ^
	"(New-Object Net.WebClient).DownloadFile($url,$tgz);" ^
	"$actual=(Get-FileHash -Algorithm SHA512 $tgz).Hash.ToLower();" ^
	"if ($actual -ne '%MVN_SHA512%'.ToLower()) { throw ('SHA-512 mismatch: ' + $actual) };" ^
	"tar -xzf $tgz -C $tmp; if ($LASTEXITCODE -ne 0) { throw 'cannot unpack' };" ^
	"New-Item -ItemType File (Join-Path $tmp 'apache-maven-%MVN_VERSION%\.verified') | Out-Null;" ^
	"Move-Item (Join-Path $tmp 'apache-maven-%MVN_VERSION%') '%MVN_HOME%' } finally { Remove-Item -Recurse -Force $tmp }"
if errorlevel 1 (
	echo mvnw: could not download and verify Maven %MVN_VERSION% from %MVNW_REPOURL% 1>&2
	exit /b 1
)
:run
"%MVN_HOME%\bin\mvn.cmd" %*
exit /b %ERRORLEVEL%

:onpath
where mvn >nul 2>nul
if errorlevel 1 goto nomaven
mvn %*
exit /b %ERRORLEVEL%

:nomaven
echo mvnw: no Maven found. Either set MVNW_REPOURL to your organisation's Maven repository (or Maven Central's URL) 1>&2
echo   so that Maven %MVN_VERSION% is downloaded into %%USERPROFILE%%\.m2\wrapper\dists, or install Maven 3.8+ 1>&2
echo   (winget install Apache.Maven, choco install maven, scoop install maven) and run mvnw again. 1>&2
exit /b 1
