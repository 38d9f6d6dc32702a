-- wrk script for bench/bench_intake_load.py: each connection takes cases in like a phone system
-- would, from the text alone, and routes them.
--
-- Mode "create" (WRK_MODE=create): POST /api/v1/cases with title + description only, so the
--   server's analysis fills type, category, region, urgency and plate.
-- Mode "route" (default): the same create, then POST /api/v1/routing/preview with the filled
--   fields, then POST /api/v1/cases/{number}/actions/dispatch to the unit the preview chose.
--   A case counts once its dispatch succeeded.
-- Mode "auto" (WRK_MODE=auto): the same create with "dispatch": "auto", one request: the server
--   analyses, routes and dispatches. A case counts when the answer says it was dispatched.
--
-- Run with as many threads as connections (-t N -c N): the chain's state lives in the thread.
-- Counts come back through thread:get in done(); the Python side parses the last line.

local token = os.getenv("WRK_TOKEN")
local mode = os.getenv("WRK_MODE") or "route"

local messages = {
  {"孝感北收费站一刀切劝返", "来电人反映，其驾驶豫A12345货车持48小时核酸阴性证明，在京港澳高速孝感北收费站被劝返，要求核查。"},
  {"廊坊安次区检查站不让进", "司机说从山东拉钢材到河北廊坊安次区，通行证是山东办的，在检查站被拦下不让进，已经等了一天。"},
  {"沈阳绕城高速服务区滞留", "我们三台冷链车在沈阳绕城高速的服务区滞留两天了，车上是冻肉，司机没有吃的，请帮忙协调。"},
  {"咨询广州通行证办理", "请问货车从佛山进广州白云区需要办什么通行证，在哪里办，要带什么材料？车牌粤E88888。"},
  {"长沙出城要求核酸", "长沙市岳麓区出城卡口要求24小时核酸，和省里规定的48小时不一致，层层加码。"},
  {"成都高速口排长队", "成都绕城高速新都收费站出口排队检测三个多小时，车上有生鲜蔬菜，快坏了。"},
  {"郑州物流园封闭", "郑州市中牟县物流园突然封闭，货车进不去也出不来，司机被困车内，车牌豫A66666。"},
  {"西安检查站乱收费", "在西安市灞桥区检查站被要求交200元消杀费，没有收据，举报乱收费。"},
}

local headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}
local counter = 0

local function json_string(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"') .. '"'
end

local function field(body, name)
  return body:match('"' .. name .. '"%s*:%s*"([^"]*)"')
end

local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  created = 0
  dispatched = 0
  failed = 0
  step = "create"
  pending = nil
end

local function create_request()
  counter = counter + 1
  local m = messages[(counter + id) % #messages + 1]
  local auto = mode == "auto" and ',"dispatch":"auto"' or ''
  local body = '{"title":' .. json_string(m[1]) .. ',"description":' .. json_string(m[2]) .. ',"channel":"api"' ..
    auto .. '}'
  return wrk.format("POST", "/api/v1/cases", headers, body)
end

function request()
  if step == "preview" then
    local b = pending
    return wrk.format("POST", "/api/v1/routing/preview", headers,
      '{"region":' .. (b.region and json_string(b.region) or "null") .. ',"category":' .. json_string(b.category) ..
      ',"type":' .. json_string(b.type) .. ',"urgent":' .. b.urgent .. '}')
  elseif step == "dispatch" then
    local b = pending
    return wrk.format("POST", "/api/v1/cases/" .. b.number .. "/actions/dispatch", headers,
      '{"version":' .. b.version .. ',"unit":' .. json_string(b.unit) .. '}')
  end
  return create_request()
end

function response(status, headers, body)
  if step == "create" then
    if status ~= 201 then failed = failed + 1; return end
    created = created + 1
    if mode == "create" then return end
    if mode == "auto" then
      if body:match('"auto_dispatch"%s*:%s*{%s*"done"%s*:%s*true') then dispatched = dispatched + 1
      else failed = failed + 1 end
      return
    end
    pending = {
      number = field(body, "number"), category = field(body, "category"), type = field(body, "type"),
      region = body:match('"place"%s*:%s*{"region"%s*:%s*"(%d+)"'),
      urgent = body:match('"urgent"%s*:%s*(%a+)') or "false",
      version = body:match('"version"%s*:%s*(%d+)'),
    }
    step = "preview"
  elseif step == "preview" then
    pending.unit = field(body, "unit")
    if status ~= 200 or not pending.unit then failed = failed + 1; step = "create"; return end
    step = "dispatch"
  else
    if status == 200 then dispatched = dispatched + 1 else failed = failed + 1 end
    step = "create"
  end
end

function done(summary, latency, requests)
  local c, d, f = 0, 0, 0
  for _, t in ipairs(threads) do
    c = c + t:get("created"); d = d + t:get("dispatched"); f = f + t:get("failed")
  end
  io.write(string.format("RESULT created=%d dispatched=%d failed=%d requests=%d errors=%d seconds=%.3f " ..
    "p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n", c, d, f, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3))
end
