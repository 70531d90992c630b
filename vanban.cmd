@echo off
rem vanban launcher for Windows. In the distribution (vanban-<version>.zip) it runs vanban.jar
rem beside it; in a source checkout, target\vanban.jar (built once with: mvn -DskipTests package).
rem Needs Java 17 or later. Without arguments (a double click) it opens the clerk's page: vanban serve.
setlocal
set "HERE=%~dp0"
set "JAR=%HERE%vanban.jar"
if not exist "%JAR%" set "JAR=%HERE%target\vanban.jar"
if not exist "%JAR%" (
  echo vanban: khong thay vanban.jar. Trong thu muc ma nguon, hay dung chuong trinh mot lan: mvn -DskipTests package 1>&2
  if "%~1"=="" pause
  exit /b 3
)
where java >nul 2>nul
if errorlevel 1 (
  echo vanban: can Java 17 tro len; hay cai Java ^(vi du Eclipse Temurin 17^) roi chay lai. 1>&2
  if "%~1"=="" pause
  exit /b 3
)
rem Start-up (see the bash launcher): an AppCDS archive beside the jar, made on first use and
rem after every rebuild by a training run over the examples; the JVM ignores a stale or foreign one.
rem Commands run on the first JIT tier only, batch included; serve runs long enough to want more.
rem A batch also collects garbage with the serial collector, in a small young generation (see the bash launcher).
set "JVM=-Djava.awt.headless=true"
if not "%~1"=="" if /i not "%~1"=="serve" set "JVM=%JVM% -XX:TieredStopAtLevel=1"
if /i "%~1"=="batch" set "JVM=%JVM% -XX:+UseSerialGC -Xmn32m"
for %%J in ("%JAR%") do set "JSA=%%~dpnJ.jsa"
if "%VANBAN_CDS%"=="0" goto launch
if not exist "%HERE%examples\" goto archived
set "NEWEST="
rem dir /o:d lists the jar and the archive oldest first: the archive is current when it comes last.
for %%J in ("%JAR%") do for /f "delims=" %%F in ('dir /b /o:d "%%~dpJvanban.jar" "%%~dpJvanban.jsa" 2^>nul') do set "NEWEST=%%F"
if /i "%NEWEST%"=="vanban.jsa" goto archived
echo vanban: dang chuan bi de cac lan sau khoi dong nhanh hon (chi lan dau)... 1>&2
java -Djava.awt.headless=true -XX:ArchiveClassesAtExit="%JSA%.tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "%JAR%" vn.vanban.cli.StartupTraining "%HERE%examples" >nul 2>nul
if exist "%JSA%.tmp" move /y "%JSA%.tmp" "%JSA%" >nul 2>nul
:archived
if exist "%JSA%" set "JVM=%JVM% -XX:SharedArchiveFile="%JSA%" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off"
:launch
rem vanban writes UTF-8: the console shows Vietnamese letters only in code page 65001.
for /f "tokens=2 delims=:." %%c in ('chcp') do set "CODEPAGE=%%c"
chcp 65001 >nul
if "%~1"=="" (
  java %JVM% -jar "%JAR%" serve
  set "STATUS=%ERRORLEVEL%"
  pause
) else (
  java %JVM% -jar "%JAR%" %*
  set "STATUS=%ERRORLEVEL%"
)
chcp %CODEPAGE% >nul
exit /b %STATUS%
