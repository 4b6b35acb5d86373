-- Written by hand (drizzle-kit cannot emit functions). The keys that make two leads "the same customer": the
-- generated columns phone_key, email_key and company_key of leads (next migration) are computed by these, and
-- duplicate checks compute a candidate's keys with the same functions, so there is one definition, in SQL.
-- IMMUTABLE because a generated column requires it (every function used here is immutable).

-- Digits only (full-width digits too), leading zeros (trunk or 00 prefix) dropped, and China's 86 country code
-- dropped from a 13-digit number: "+86 138 0013 8000", "0086 13800138000" and "138-0013-8000" are one phone;
-- "0571 8888 0001" and "+86 571 8888 0001" too. Fewer than 6 digits is no key.
CREATE FUNCTION salesflow_phone_key(phone text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  select case when length(k) >= 6 then k end
  from (select case when d like '86%' and length(d) = 13 then substr(d, 3) else d end as k
        from (select ltrim(regexp_replace(normalize(coalesce(phone, ''), NFKC), '[^0-9]', '', 'g'), '0') as d) digits
  ) keyed
$$;--> statement-breakpoint

-- Trimmed and lower-cased; empty is no key.
CREATE FUNCTION salesflow_email_key(email text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  select nullif(lower(btrim(normalize(coalesce(email, ''), NFKC))), '')
$$;--> statement-breakpoint

-- Lower-cased, without legal forms (有限公司, Ltd, Inc…), spaces or punctuation, for trigram similarity:
-- "Contoso, Ltd." and "CONTOSO" are one key; "上海宏达制造股份有限公司" becomes "上海宏达制造".
CREATE FUNCTION salesflow_company_key(company text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  select nullif(
    regexp_replace(
      regexp_replace(
        regexp_replace(lower(normalize(coalesce(company, ''), NFKC)), '(股份有限公司|有限责任公司|有限公司|集团|公司)', '', 'g'),
        '\m(co|ltd|limited|inc|incorporated|llc|corp|corporation|company|gmbh|plc)\M', '', 'g'),
      '[[:space:][:punct:]。、“”‘’【】《》〈〉「」『』·…]', '', 'g'),
    '')
$$;
