# reportapi under gunicorn; the database comes from DATABASE_URL (see docker-compose.yml).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
RUN useradd --system --uid 10001 --home-dir /app app

# Dependencies first, so code changes reuse this layer.
COPY requirements.txt .
RUN pip install -r requirements.txt

COPY . .
# Admin static files are collected at build time; WhiteNoise serves them. The settings only parse
# DATABASE_URL here (no connection), and this SECRET_KEY exists for this one build step.
RUN DATABASE_URL=postgres://build@localhost/build SECRET_KEY=collectstatic-build-step-only \
    python manage.py collectstatic --noinput --verbosity 0

USER app
EXPOSE 8000
# gunicorn takes its worker count from WEB_CONCURRENCY (default 1).
CMD ["gunicorn", "reportapi.wsgi", "--bind", "0.0.0.0:8000", "--access-logfile", "-"]
