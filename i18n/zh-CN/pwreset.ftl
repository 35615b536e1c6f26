# pwreset 的简体中文消息。与英文目录的 id 和变量相同(有测试检查)。术语表见 docs/i18n.md:
# 重置密码、解锁帐户、验证步骤、验证码、服务。

## 验证方式

method-kind = { $kind ->
    [email] 电子邮件
    [sms] 短信
    [voice] 电话
    [totp] 验证器应用
   *[questions] 安全问题
 }
method-phrase = { $kind ->
    [voice] { $dest ->
        [yes] 拨打 { $hint } 的电话
       *[no] 电话
     }
    [totp] 你的验证器应用
    [questions] { $dest ->
        [yes] 你的安全问题({ $hint })
       *[no] 你的安全问题
     }
   *[other] { $dest ->
        [yes] 通过{ $how }发送到 { $hint } 的验证码
       *[no] 通过{ $how }发送的验证码
     }
 }
verification-steps = { $n ->
    [1] 1 个验证步骤
   *[other] { $n } 个验证步骤
 }
verification-steps-distinct = { $n ->
    [1] 1 个验证步骤
   *[other] { $n } 个验证步骤,每步使用不同的方式
 }
opening-reset = 正在恢复 { $service } 上的 { $user }:{ $steps }。
opening-unlock = 正在解锁 { $service } 上的 { $user }:{ $steps }。
opening-reset-here = 正在恢复 { $user }:{ $steps }。
opening-unlock-here = 正在解锁 { $user }:{ $steps }。

## 验证码

code-wrong-length = 你输入了 { $typed } 位数字;验证码有 { $n } 位。未发送任何内容。
code-not-a-code = 验证码有 { $n } 位数字;这不是验证码。未发送任何内容。
prompt-code-digits = 输入 { $user } 的 { $n } 位验证码
prompt-code-or-link = 输入邮件中 { $user } 的验证码,或粘贴完整链接
prompt-code = 输入 { $user } 的验证码
prompt-with-keys = { $prompt }({ $keys })
key-resend = r:发送新验证码
key-other-method = m:换一种方式
prompt-question = { $question }(输入内容不显示)
resend-not-yet = { $s } 秒后才能发送新验证码;已发送的验证码仍然有效。
expires-at-in-min = { $clock } 过期({ $min } 分钟后)
expires-at-in-s = { $clock } 过期({ $s } 秒后)
code-expires = 验证码将于 { $at }。
challenge-sent = { $kind ->
    [totp] 打开你的验证器应用查看当前验证码。
    [questions] 回答你的安全问题。
    [voice] { $known ->
        [yes] 系统正在拨打 { $hint },电话中会读出验证码。{ $expiry }
       *[no] 如果 { $user } 在 { $service } 有帐户,系统正在拨打 { $hint },电话中会读出验证码。{ $expiry }
     }
   *[other] { $known ->
        [yes] 验证码已通过{ $how }发送到 { $hint }。{ $expiry }
       *[no] 如果 { $user } 在 { $service } 有帐户,验证码已通过{ $how }发送到 { $hint }。{ $expiry }
     }
 }
challenge-outstanding = { $gates ->
    [1] {""}
   *[other] 第 { $gate } 步,共 { $gates } 步:{""}
 }{ $kind ->
    [totp] 输入验证器应用中的验证码。
    [questions] 输入安全问题的答案。
   *[other] { $timed ->
        [yes] 输入通过{ $how }发送到 { $hint } 的验证码,有效期至 { $until }。
       *[no] 输入通过{ $how }发送到 { $hint } 的验证码。
     }
 }
code-not-correct = 验证码不正确。
attempts-left = { $n ->
   *[other] 还剩 { $n } 次机会。
 }
prompt-resend-after-expiry = 此验证码已无法使用(已过期或已用完)。是否通过{ $how }发送新的验证码?
gate-verified = { $gates ->
    [1] 已验证。
   *[other] 第 { $gate } 步(共 { $gates } 步)已验证。
 }

## 选择验证方式

prompt-user = 你的用户 ID(电子邮件或用户名)
verifying-with = { $gates ->
    [1] 使用{ $method }进行验证。
   *[other] 第 { $gate } 步,共 { $gates } 步:使用{ $method }进行验证。
 }
prompt-choose-method = { $gates ->
    [1] 我们应如何验证你的身份?
   *[other] 第 { $gate } 步,共 { $gates } 步:我们应如何验证你的身份?
 }

## 新密码

choose-password = 选择新密码:
prompt-new-password = 新密码(输入内容不显示)
prompt-repeat-password = 再次输入新密码
password-empty = 密码为空;请输入密码。
passwords-differ = 两次输入的密码不一致。请重试。
password-not-confirmed = 新密码未经确认
password-refused-by = { $service } 拒绝了该密码:
password-refused-locally = 无法使用该密码:
password-refused-no-reason = (服务未说明原因)
strength-line = 强度:{ $label }({ $score }/4);从被盗的哈希值猜出它需要 { $time }。
prompt-use-anyway = 仍要使用吗?

## 等待

rate-limited-label = 请求过多
rate-limited-waiting = { $label }({ $message })。{ $s } 秒后重试(按 Ctrl-C 停止)。
retrying-in = { $s } 秒后重试。
retrying-in-short = { $s } 秒后重试

## 行标签

done-line = 完成:{ $line }
label-warning = 警告:
label-error = 错误:
label-help = 帮助:
label-hint = 提示:

## 无提示使用

scripted-cannot-read-from-stdin = 无法从 stdin 读取{ $what }:{ $e }
scripted-stdin-ended-before = stdin 在读到{ $what }之前就结束了
scripted-give-one-line-per = 每个验证码一行(按步骤顺序),最后一行是密码
scripted-takes-name-environment-variable = { $flag } 需要环境变量的名称,而给出的值不是变量名(不显示)
scripted-export-my-secret-pass = 先 export MY_SECRET=…,再传入 { $flag } MY_SECRET;{ $rotate }
scripted-variable-names-not-set = { $flag } 指定的变量未设置(不显示其名称,以防它就是密钥本身)
scripted-export-variable-before-running = 运行 pwreset 前先 export 该变量;{ $rotate }
scripted-password-file-does-not = --password-file { $path } 不存在
scripted-code-file-does-not = --code-file { $path } 不存在
scripted-your-user-id = 你的用户 ID
scripted-verification-code-s = 验证码
scripted-new-password = 新密码
scripted-cannot-run-code-command = 无法运行 --code-command { $program }:{ $e }
scripted-code-command-did-not = --code-command 在 { $timeout } 秒内没有输出验证码,已被停止
scripted-raise-code-command-timeout = 增大 --code-command-timeout,或检查该命令
scripted-code-command-failed-so = --code-command 失败({ $status }),因此第 { $gate } 步没有验证码
scripted-code-file-has-no = --code-file { $path } 中没有第 { $file_codes_used } 行可作为下一个验证码
scripted-system-clock-unusable-totp = 系统时钟无法用于 TOTP:{ $e }
scripted-code-command-cannot-split = --code-command 无法拆分为单词:{ $e }
scripted-code-command-empty = --code-command 为空
scripted-variable-totp-secret-env = --totp-secret-env 指定的变量中不是 base32 格式的 TOTP 密钥
scripted-variable-totp-secret-env-2 = --totp-secret-env 指定的变量中的 TOTP 密钥为空
scripted-step = 第 { $gate } 步,共 { $gates } 步:{ $method_phrase }。
scripted-method-not-available-step = 第 { $gate } 步不能使用 --method { $wanted };服务提供:{ $offered }
scripted-second-step-needs-different = 第二步需要与第一步不同类型的验证方式
scripted-know-which-method-use = 第 { $gate } 步(共 { $gates } 步)使用哪种验证方式
scripted-pass-method-kind-id = 传入 --method 类型或 ID(每步一个);服务提供:{ $offered }
scripted-if-user-id-has = 如果此用户 ID 在该服务有帐户,验证码已通过{ $describe_kind }发送到 { $hint }。
scripted-code-step = 第 { $gate } 步的验证码
scripted-code-step-2 = 第 { $gate } 步的验证码({ $describe_kind })
scripted-code-step-empty = 第 { $gate } 步的验证码为空
scripted-code-step-cannot-right = 第 { $gate } 步的验证码不可能正确:{ $problem }
scripted-check-code-source-no = 请检查验证码来源;没有消耗任何尝试次数
scripted-authenticator-code-was-refused = 验证器验证码被拒绝;每个 30 秒周期的验证码只能使用一次,pwreset 将等待 { $as_secs_f64 } 秒获取下一个验证码后重试。
scripted-step-verified = 第 { $passed } 步(共 { $required } 步)已验证。
scripted-no-password-can-generated = 无法生成符合服务密码策略的密码
scripted-type-pipe-password-meets = 请输入或通过管道传入符合规则的密码,而不是使用 --generate
scripted-new-password-empty-pwreset = 新密码为空;pwreset 不会发送空密码
needs-but-may-not-prompt = pwreset 需要{ $what },但不能提示输入(--no-input、已设置 CI,或 stdin 不是终端)

## 泄露检查

breach-range-service-answered-http = 范围查询服务返回了 HTTP { $status }
breach-no-answer-within-s = { $v_time_limit } 秒内没有响应

## 演示

# Starts the demo's first line, in bold.
demo-label = pwreset 演示:
demo-local-reset-service-running = { $bold } 本地重置服务正在 { $url } 上运行(在内存中,演示结束即消失)。
demo-speaks-https-certificate-authority = 它使用 HTTPS,证书颁发机构专为本次演示创建:{ $path }。
demo-account-current-password = 演示帐户:{ $v_demo_user },当前密码 "{ $v_demo_password }",两个验证步骤。
demo-account-locked-as = 演示帐户已被锁定(如同多次输错密码后);正在解锁。
demo-codes-sent-demo-account = "发送"到演示帐户的验证码会以 [演示收件箱] 行显示在下方;请在提示处输入。
demo-no-terminal-demo-plays = 没有终端:演示会自行扮演你的手机和邮箱。
demo-sign-password-failed = 演示帐户使用{ $which ->
    [new] 新
   *[existing] 现有
 }密码登录失败(HTTP { $status })
demo-old-demo-password-still = 重置后旧的演示密码仍然有效
demo-check-signing-new = 演示检查:使用新密码可以登录;旧密码被拒绝。
demo-check-signing-existing = 演示检查:使用现有密码可以再次登录。
demo-totp-secret = 演示 TOTP 密钥:{ $e }
demo-outbox = 演示发件箱:{ $e }
demo-outbox-has-no = 演示发件箱中没有此方式的验证码
demo-inbox = {"["}演示收件箱:{ $describe_kind },发往 { $place }]
demo-answer = 答案是 { $code }
demo-your-code = 你的验证码是 { $code }
demo-started-recovery-verification-steps = { $arrow } 已开始恢复 { $user }:{ $gates_required } 个验证步骤。
demo-step-chose = { $arrow } 第 { $gate } 步,共 { $gates } 步:选择了{ $method_phrase }。
demo-code-was-sent = 已通过{ $describe_kind }发送验证码。
demo-typed-code-from = { $arrow } 已输入来自{ $from }的验证码。
demo-password-rules = { $arrow } 密码规则:{ $join }。
demo-policy-cannot-met = 无法满足演示的密码策略
demo-new-password-demo-account = { $arrow } 演示帐户的新密码(自动生成):{ $expose }

## dev-server

dev_server-cannot-create = 无法创建 { $dir }
dev_server-dev-server-serves-plain = dev-server 通过明文 HTTP 提供测试帐户;它只在回环地址上监听,不能监听 { $ip }
dev_server-use-addr-port = 请使用 --addr 127.0.0.1:端口
dev_server-cannot-write-stdout = 无法写入 stdout
dev_server-account-s-from = 来自 { $p } 的 { $specs } 个帐户
dev_server-built-demo-accounts-docs = { $specs } 个内置演示帐户(docs/dev-server.md)
dev_server-pwreset-dev-server-protocol = pwreset dev-server:协议 v1,地址 { $url },使用{ $origin };按 Ctrl-C 停止
dev_server-sent-codes-get-dev = {"  "}已发送的验证码:GET { $url }/_dev/outbox
dev_server-tls-trust-server-ca = {"  "}TLS:使用 --ca-cert { $path } 信任此服务器(刚创建的 CA,仅用于测试)

## methods

methods-verification-methods-at-needed = { $user } 在 { $service } 的验证方式(恢复需要 { $gates_required } 个):

## pending

pending-no-pending-password-at = { $service } 上的 { $user } 没有待定密码。
pending-run-password-out-file = (使用 --password-out FILE 的运行会把它保存在 FILE.pending 中:传入相同的 --password-out 即可在那里查找。)
pending-password-at-waits = { $service } 上 { $user } 的一个待定密码保存在{ $join }中:它已发送,但响应丢失了。
pending-try-signing-if-works = 请尝试用它登录。如果成功:`pwreset pending confirm`;如果失败:`pwreset pending discard`。
pending-there-no-pending-password = { $service } 上的 { $user } 没有待定密码
pending-pwreset-pending-list-shows = `pwreset pending list` 会显示待定密码保存在哪里;使用了 --password-out FILE 的运行在这里需要相同的 --password-out
pending-password-kept-as-one = 该密码已作为 { $service } 上 { $user } 正在使用的密码保存在{ $join }中。
pending-password-at-forgotten = { $service } 上 { $user } 的待定密码已被丢弃;你的密码仍是原来的密码。

## policy

policy-password-rules-at = { $service } 的密码规则:

## profile

profile-no-config-directory-system = 此系统上没有配置目录;请设置 PWRESET_CONFIG
profile-cannot-read = 无法读取 { $path }:{ $e }
profile-cannot-create = 无法创建 { $dir }:{ $e }
profile-no-profiles-yet-add = 还没有配置文件。使用 `pwreset profile add 名称 --url URL --user ID` 添加一个。
profile-no-profile-named-no = 未指定配置文件,也未设置 default_profile
profile-pwreset-profile-show-name = pwreset profile show 名称
profile-no-profile = { $map } 中没有配置文件 { $name }
profile-cannot-show-profile = 无法显示配置文件 { $name }:{ $e }
profile-no-profile-2 = { $path } 中没有配置文件 { $name }
profile-removed-profile-from = 已从 { $path } 删除配置文件 { $name }。
profile-not-profile-name-letters = { $name } 不是有效的配置文件名(字母、数字、- _ .)
profile-profiles-not-table = { $path }:`profiles` 不是表
profile-already-exists = 配置文件 { $name } 已存在于 { $path } 中
profile-pass-force-replace = 传入 --force 以替换它
profile-saved-profile = 已将配置文件 { $name } 保存到 { $path }。

## recover

recover-replaced-run = { $e };本次运行将替换它
recover-interrupted-saved = 已保存 { $user } 的一次中断的{ $intent ->
        [unlock] 解锁
       *[reset] 恢复
    }({ $state })。
recover-continue = 继续吗?
recover-starting-new-one = 开始新的流程。
recover-run-starts-new-one = { $saved }本次运行会开始新的流程;如要继续之前的流程,请传入 --resume。
recover-generate-needs-save-keyring = --generate 需要 --save-to-keyring 或 --password-out FILE,这样新密码永远不会丢失
recover-add-save-keyring-os = 添加 --save-to-keyring(系统密钥环)或 --password-out FILE(以 0600 权限创建)
recover-save-keyring-password-out = --save-to-keyring 和 --password-out 用于保存生成的密码;请添加 --generate
recover-generate-choose-length-from = --generate={ $n }:请选择 8 到 1024 之间的长度
recover-run-cannot-resumed = { $e };本次运行无法继续
recover-no-interrupted-flow-at = { $where } 中没有 { $host } 上 { $user } 的中断流程
recover-start-again-without-resume = 不带 --resume 重新开始
recover-interrupted-flow-provider-resume = { $user } 的中断流程是使用提供方 { $provider } 的{ $intent ->
        [unlock] 解锁
       *[reset] 恢复
    };请用 `pwreset { $intent }` 继续
recover-resuming-interrupted = 正在继续 { $user } 中断的{ $intent ->
        [unlock] 解锁
       *[reset] 恢复
    }({ $state })。
recover-requests-sent = 已发送 { $request_count } 个请求
recover-password-changed-at = 已重置 { $service } 上 { $bold } 的密码。
recover-new-password = 新密码保存在{ $join }中。
recover-has-told-account-s = { $service } 已将此更改通知帐户所有者。
recover-update-wherever-old-password = 请在所有保存了旧密码的地方更新它:密码管理器、浏览器和系统钥匙串、邮件客户端、git 凭据助手、其他设备。
recover-sign-your-new-password = 请使用新密码登录。如果你的帐户曾被锁定,现在也已解锁。
recover-sign-your-new-password-2 = 请使用新密码登录。
recover-at = { $service } 上的 { $bold }:{ $what }。
recover-sign-your-existing-password = 请使用现有密码登录。

## config

config-names-which-does-not = { $v_pwreset_config } 指向 { $path },但该文件不存在
config-create-pwreset-profile-add = 使用 `pwreset profile add` 创建它,或取消设置 PWRESET_CONFIG
config-cannot-read-config-file = 无法读取配置文件 { $path }:{ $e }
config-see-pwreset-profile-help = 有关配置文件可以包含的键,请参阅 `pwreset profile --help` 或 `man pwreset`

## flow

flow-verification-steps-done = 已完成 { $gates_passed }/{ $gates_required } 个验证步骤
flow-nothing-changed-your-account = 你的帐户没有任何更改。验证码已输入但尚未检查(服务会连同新密码一起检查);{ $again }。
flow-code-sent-valid-until = ;发送到 { $hint } 的验证码有效期至 { $t }
flow-nothing-changed-your-account-2 = 你的帐户没有任何更改。已完成 { $gates_passed }/{ $gates_required } 个验证步骤;{ $again }{ $code }。
flow-needs-verification-steps-different = { $service } 需要 { $gates_required } 个使用不同类型方式的验证步骤,但已没有其他方式可用
flow-add-another-verification-method = 为你的帐户添加其他验证方式,或联系技术支持
flow-cannot-send-new-code = 当前验证码仍然有效,{ $service } 无法发送新的验证码。
flow-service-answered-nonsense-verification = 服务返回了无意义的响应:第 { $gate } 步(共 { $gates_required2 } 步)之后已完成 { $gates_passed }/{ $gates_required } 个验证步骤
flow-check-code-then-run = 请检查验证码,然后带 --resume 运行相同命令重试
flow-run-same-command-resume = 带 --resume 运行相同命令以获取新验证码
flow-start-again-if-you = 重新开始;如果一直没有收到验证码,请检查显示的接收地址
flow-asking-call = 正在请求拨打 { $hint }…
flow-sending-code = 正在通过{ $describe_kind }向 { $hint } 发送验证码…
flow-pending-password-no-longer = 待定密码已不在{ $join }中
flow-pass-same-save-keyring = 传入与中断的运行相同的 --save-to-keyring / --password-out
flow-checks-code-together-new = { $service } 会连同新密码一起检查验证码:验证码错误要到那时才会显示,之后会再次要求你输入验证码。
flow-breached-times = 在已知的数据泄露中出现过 { $n } 次,攻击者会优先尝试它
flow-breached-password-check-could = 无法检查密码是否已泄露({ $why });将跳过此检查继续。
flow-contacting = 正在连接 { $service }…
flow-setting-new-password = 正在设置新密码…
flow-new-password-kept-marked = 新密码已标记为待定,保存在{ $join }中。
flow-repeated-submission-was-refused = 重复提交被拒绝,因为其验证码已用完或已过期({ $message });如果丢失的那次提交用掉了它,新密码已经设置。{ $kept }
flow-try-signing-new-password = 请尝试用新密码登录;如果失败,不带 --resume 重新开始(--force-overwrite 允许生成的密码替换待定密码)
flow-new-password-was-sent = 新密码已发送,但响应丢失({ $message });密码可能已设置,也可能没有。{ $kept }

## guard

guard-refused = { $what } 被拒绝。{ $v_rule }
guard-refused-secrets-are-never = { $what } 被拒绝:绝不从命令行获取密钥,因为每个本地用户都能看到命令行(`ps`、shell 历史)
guard-environment-variable-same-as = 环境变量 { $key }(等同于 `--{ $name }`)
guard-environment-variable-secret-like = 环境变量 { $key }(一个密钥,类似 `--{ $name }`)
guard-config-key-at-same = { $place } 中的配置键 `{ $key }`(等同于 `--{ $name }`)
guard-config-key-at-secret = { $place } 中的配置键 `{ $key }`(一个密钥,类似 `--{ $name }`)
guard-safe-password = 在提示处输入,或使用 --password-stdin / --password-file 路径
guard-safe-old-password = pwreset 从不需要你的旧密码
guard-safe-current-password = pwreset 从不需要你的当前密码
guard-safe-code = 在提示处输入,或使用 --code-stdin / --code-file 路径 / --code-command 命令
guard-safe-otp = 在提示处输入,或使用 --code-stdin / --totp-secret-env 变量
guard-safe-totp-secret = 使用 --totp-secret-env 变量(保存密钥的变量的名称)
guard-safe-client-secret = 使用 --client-secret-env 变量(保存密钥的变量的名称)
guard-safe-flow-token = pwreset 将流程令牌保存在系统密钥环中;请使用 --resume

## http

http-url-has-no-scheme = --url { $raw } 缺少协议
http-did-you-mean = 你是想用 { $scheme }://{ $trim } 吗?
http-url-not-valid-url = --url { $raw } 不是有效的 URL:{ $e }
http-give-service-s-base = 请提供服务的基础 URL,例如 --url https://id.example.com
http-service-url-must-not = 服务 URL 不能包含用户名或密码
http-plain-http-refused-codes = 拒绝对 { $host_str } 使用明文 http://:验证码和密码会以未加密的方式在网络上传输
http-use-https-plain-http = 请使用 https://;明文 http 只允许用于回环地址(127.0.0.1、::1、localhost)
http-unsupported-url-scheme-use = 不支持的 URL 协议 { $other };请使用 https://
http-answered-http-body-pwreset = { $service } 对 { $call } 的响应(HTTP { $status })内容 pwreset 无法读取:{ $e }
http-something-not = 不是{ $expected }的内容
http-answered-http = { $service } 返回了 HTTP { $status }({ $clean }),内容为{ $what }
http-try-again-later-if = { $hint };如果是服务器错误,请稍后重试
http-cannot-read-ca-cert = 无法读取 --ca-cert { $path }:{ $e }
http-ca-cert-not-pem = --ca-cert { $path } 不是 PEM 证书:{ $e }
http-cannot-set-up-http = 无法设置 HTTP 客户端:{ $e }
http-did-not-answer-within = { $host } 在 { $as_secs_f64 } 秒内没有响应
http-use-plain-http-allowed = 请使用 { $trim_end_matches }(回环地址允许明文 http)
http-does-not-speak-tls = { $host } 不支持 TLS(它以明文 HTTP 响应);应该用 http:// 吗?
http-connection-broke-while-reading = 读取响应时与 { $host } 的连接中断:{ $e }
http-sent-answer-larger-than = { $host } 发送的响应超过 1 MiB;这不是重置 API
http-limiting-requests-http-too = { $service } 正在限制请求(HTTP 429 Too Many Requests)
http-answer-bytes = < { $status }({ $n } 字节)
http-did-not-answer-time = { $host } 没有及时响应
http-cannot-connect = 无法连接到 { $host }:{ $root_cause }
http-request-failed = 对 { $host } 的请求失败:{ $root_cause }

## journal

journal-saved-flow-unreadable = { $where } 中保存的流程无法读取:{ $e }
journal-run-cannot-resumed-resume = { $e };本次运行无法通过 --resume 继续
journal-holds-pending-password-from = { $place } 中有一个来自中断运行的待定密码
journal-settle-resume-first-if = 请先用 --resume 处理它;如果那个流程已不存在,请尝试用它登录,然后传入 --force-overwrite 替换它
journal-password-out-already-exists = --password-out { $file } 已存在;pwreset 不会覆盖它
journal-choose-another-path-pass = 请选择其他路径,或传入 --force-overwrite
journal-pending-password-vanished-from = 待定密码已从密钥环中消失
journal-password-set-kept-but = 密码已设置并保存在 { $pending } 中,但 { $file } 在此期间出现,未被覆盖
journal-password-set-kept-but-2 = 密码已设置并保存在 { $pending } 中,但将其重命名为 { $file } 失败:{ $e }

## keystore

keystore-os-keyring-not-usable = 此处无法使用系统密钥环:{ $detail }
keystore-use-password-out-file = 改用 --password-out FILE 保存生成的密码,并用 --insecure-flow-file 路径 将 --resume 所需的流程保存在明文文件(0600)中
keystore-not-one-auto-secret = { $v_pwreset_keyring }={ $other } 不是 auto、secret-service、keyutils、none 之一
keystore-cannot-run-secret-tool = 无法运行 secret-tool:{ $e }
keystore-cannot-talk-secret-tool = 无法与 secret-tool 通信:{ $e }
keystore-secret-service-did-not = Secret Service 在 { $v_keyring_timeout } 秒内没有响应
keystore-secret-tool-failed = secret-tool 失败:{ $clean_capped }
keystore-cannot-attach-session-keyring = 无法附加会话密钥环:{ $e }
keystore-no-answer-within-s = { $v_keyring_timeout } 秒内没有响应
keystore-not-pwreset-flow-file = { $path } 不是 pwreset 流程文件:{ $e }
keystore-not-safe-use = { $what } { $path } 不安全,无法使用:{ $rule }
keystore-cannot-read = 无法读取{ $what } { $path }:{ $e }
keystore-belongs-user-id-not = 它属于用户 ID { $uid },而不是你({ $me })
keystore-chmod-go-w-after = chmod go-w { $path }(先检查其内容)
keystore-its-directory-belongs-user = 它所在的目录 { $dir } 属于用户 ID { $uid },该用户可以替换它
keystore-keep-secret-files-directory = 请把机密文件放在只有你能写入的目录中,例如你的主目录
keystore-cannot-write = 无法写入 { $path }:{ $e }
keystore-already-exists-pwreset-will = { $path } 已存在;pwreset 不会覆盖它

## policy

policy-asks-characters-pwreset-accepts = 要求 { $min_length } 到 { $max_length } 个字符(pwreset 接受 1 到 { $v_max_password_length } 个)
policy-contradictory-at-least-but = 自相矛盾:至少 { $min_length } 个字符,但最多 { $max_length } 个字符
policy-asks-character-classes-there = 要求 { $min_character_classes } 类字符;但总共只有 4 类
policy-asks-character-classes-at = 要求在最多 { $max_length } 个字符中包含 { $classes_needed } 类字符
policy-characters-spaces-any-unicode = { $min_length } 到 { $max_length } 个字符(空格和任何 Unicode 字母都计入)
policy-at-least-lower-case = 至少包含以下 { $min_character_classes } 类:小写字母、大写字母、数字、其他字符
policy-contains-at-least-one = 至少包含一个{ $class_word }字符
policy-characters-long-at-least = 长度为 { $value } 个字符;至少需要 { $min_length } 个
policy-characters-long-at-most = 长度为 { $value } 个字符;最多允许 { $max_length } 个
policy-uses-character-classes-at = 使用了 4 类字符中的 { $classes } 类;至少需要 { $min_character_classes } 类
policy-has-no-character = 不含{ $class_word }字符
policy-class = { $class ->
    [lowercase] 小写
    [uppercase] 大写
    [digit] 数字
    [symbol] 非字母数字
   *[other] { $class }
 }
policy-contains-part-your-user = 包含 "{ $part }",这是你用户 ID 的一部分

## cognito

cognito-too-many-attempts = { $service }:尝试次数过多({ $kind }):{ $message }
cognito-wait-while-cognito-does = 请稍等一段时间(Cognito 不说明要等多久),然后再次运行 pwreset
cognito-self-service-recovery-disabled = { $service }:此帐户已禁用自助恢复({ $message })
cognito-account-s-password-can = 此帐户的密码只能由其管理员重置;请联系技术支持
cognito-app-client-was-not = { $service }:找不到应用客户端({ $message })
cognito-check-client-id-region = 检查 --client-id 和 --region(客户端必须属于该区域中的用户池)
cognito-parameter-was-refused = { $service }:某个参数被拒绝:{ $message }
cognito-check-user-client-id = 检查 --user、--client-id 和 --client-secret-env
cognito-account-was-never-confirmed = { $service }:此帐户从未确认,因此无法恢复密码({ $message })
cognito-did-not-send = Cognito 没有发送新的验证码
cognito-code-not-correct = { $service }:验证码不正确
cognito-code-not-correct-2 = { $service }:验证码不正确({ $m })
cognito-check-latest-code-cognito = 检查 Cognito 最新发送的验证码,然后再次运行 pwreset
cognito-code-has-expired-was = { $service }:验证码已过期或已被使用({ $m })
cognito-run-pwreset-again-get = 再次运行 pwreset 以获取新的验证码
cognito-refused-new-password = { $service } 拒绝了新密码

## firebase

firebase-pasted-link-not-url = 粘贴的链接不是 URL:{ $e }
firebase-link-not-resetting-password = 该链接用于 { $clean_capped },而不是重置密码
firebase-use-link-from-password = 请使用密码重置邮件中的链接
firebase-refused-request-http-api = { $service } 拒绝了请求(HTTP { $status }):API 密钥缺失、无效或受限
firebase-pass-project-s-web = 用 --api-key 传入项目的 Web API 密钥(Firebase 控制台 → 项目设置)
firebase-code-not-valid = { $service }:验证码无效{ $detail_part }
firebase-paste-code-link-from = 粘贴最新一封重置邮件中的验证码或链接
firebase-code-has-expired = { $service }:验证码已过期
firebase-run-pwreset-again-get = 再次运行 pwreset 以获取新的邮件
firebase-too-many-attempts = { $service }:尝试次数过多({ $code })
firebase-wait-while-then-run = 请稍等一段时间,然后再次运行 pwreset
firebase-account-has-been-disabled = { $service }:此帐户已被管理员停用,因此无法重置其密码
firebase-ask-app-s-support = 请联系应用的支持团队重新启用该帐户
firebase-api-key-not-valid = { $service }:API 密钥无效{ $detail_part }
firebase-pass-project-s-web-2 = 用 --api-key 传入项目的 Web API 密钥
firebase-api-key-not-valid-2 = { $service }:API 密钥无效
firebase-user-id-must-account = { $service }:用户 ID 必须是帐户的电子邮件地址
firebase-pass-user-you-example = 传入 --user you@example.com
firebase-unknown-tenant = { $service }:未知租户{ $detail_part }
firebase-check-tenant-id = 检查 --tenant-id
firebase-does-not-meet = 不符合 { $other }
firebase-code-valid = 该验证码对 { $clean_capped } 有效。
firebase-published-nonsense-as-its = { $service } 发布的密码策略没有意义:{ $field } = { $clean_capped }
firebase-published-password-policy = { $service } 发布的密码策略{ $why }
firebase-password-rules-project = { $service } 的 Firebase 密码规则(项目发布了策略时使用该策略;否则使用 pwreset 在本地检查的规则:NIST SP 800-63B 默认规则,并按你配置文件中的 [policy] 收紧)

## pwreset

pwreset-drop-trailing-v-from = 去掉 --url 末尾的 /v1(使用 { $at });pwreset 会自动添加
pwreset-check-url-give-service = 检查 --url:请提供服务的基础 URL(pwreset 会添加 /v1/…);其他服务请传入 { $join }
pwreset-does-not-look-like = { $tried } 看起来不是 pwreset 协议服务(它返回了 HTTP { $status },{ $content_type })
pwreset-service-answered-nonsense = 服务返回了无意义的响应:{ $what }
pwreset-check-url-points-at = 检查 --url 是否指向 pwreset 协议 v1 服务;pwreset 没有更改你帐户上的任何内容
pwreset-its-empty-longer-than = 它的{ $what ->
        [method] 方式 ID
        [challenge] 验证请求 ID
       *[flow] 流程 ID
    }为空、超过 { $v_max_id } 个字符或包含控制字符
pwreset-expiry-not-time = { $what ->
        [code] 验证码
       *[flow] 流程
    }的过期时间 { $quoted } 不是有效时间
pwreset-expires-more-than-day = { $what ->
        [code] 验证码
       *[flow] 流程
    }的过期时间在一天以后({ $quoted })
pwreset-id-cannot-name-path = ID { $quoted } 不能作为路径段
pwreset-offered-more-than-verification = 它提供了超过 { $v_max_methods } 种验证方式
pwreset-code-digits = { $n } 位数的验证码
pwreset-resend-wait-s-attempts = { $resend_after_s } 秒的重发等待或 { $attempts_left } 次尝试
pwreset-verification-steps-done-at = 开始时已完成 { $gates_passed }/{ $gates_required } 个验证步骤
pwreset-verification-steps-done-flow = 已完成 { $gates_passed }/{ $gates_required } 个验证步骤,而流程共有 { $gates_required2 } 步
pwreset-its-password-policy = 它的密码策略{ $why }
pwreset-service-answered-new-password = 服务对新密码的响应状态是 { $quoted },而不是 "complete"
pwreset-answered-unlock-state-instead = 它对解锁的响应状态是 { $quoted },而不是 "complete"

## settings

settings-user-id-empty = 用户 ID 为空
settings-user-id-contains-control = 用户 ID 包含控制字符或不可见的格式字符(换行、转义、双向文本标记)
settings-type-user-id-as = 请按登录时的写法输入用户 ID
settings-user-id-longer-than = 用户 ID 超过 { $v_max_user_id } 个字符
settings-no-profile = { $place } 中没有配置文件 { $name }
settings-known-profiles = 已知的配置文件:{ $join }
settings-profile-names-provider-which = 配置文件指定了提供方 { $name },但此版本的 pwreset 不认识它
settings-known-providers = 已知的提供方:{ $names }
settings-profile-s-timeout-not = 配置文件的超时 { $t } 不是有效的时长:{ $e }
settings-no-reset-service-given = 未指定重置服务
settings-pass-url-https-your = 传入 --url https://你的服务、设置 PWRESET_URL,或使用配置文件(-p 名称)
settings-url-pwreset-url-profile = --url(或 PWRESET_URL、配置文件中的 url)用于 pwreset 协议服务;{ $name } 提供方不使用它
settings-did-you-mean-endpoint = 你是想用 --endpoint-url 吗?(Cognito 也能根据 --region 找到其端点)
settings-firebase-provider-needs-project = firebase 提供方需要项目的 Web API 密钥
settings-pass-api-key-key = 传入 --api-key 密钥(Firebase 控制台 → 项目设置;这是公开配置,不是机密)
settings-cognito-provider-needs-app = cognito 提供方需要应用客户端 ID
settings-pass-client-id-id = 传入 --client-id ID(或设置 PWRESET_CLIENT_ID,或在配置文件中设置 client_id)
settings-cognito-provider-needs-user = cognito 提供方需要用户池所在的区域
settings-pass-region-region-set = 传入 --region 区域(或设置 AWS_REGION)
settings-not-aws-region = { $region } 不是 AWS 区域

## signals

signals-stopped-signal = 已被信号 { $other } 停止。

## prompter

prompter-cannot-read-from-terminal = 无法从终端读取:{ $e }
prompter-cannot-read-hidden-answer = 无法从终端读取隐藏的输入:{ $e }
prompter-scripted-answer-not-menu = 预设答案 { $a } 不是菜单选项

## 其他

demo-account-s-notes = 演示帐户的备忘
demo-step-asks-authenticator-s = 此步骤需要验证器应用的当前验证码。
demo-step-asks-security-question = 此步骤会提出安全问题。
demo-authenticator = 演示验证器
demo-inbox-2 = 演示收件箱
pending-password-file = 待定密码文件
recover-your-account-was-not = 你的帐户未被锁定;无需解锁
flow-new-password-was-sent-2 = 新密码已发送,但响应丢失
flow-code-was-entered-service = 验证码已输入;服务会连同新密码一起检查它
flow-run-same-command-continue = 运行相同命令即可继续
flow-run-same-command-start = 运行相同命令即可重新开始
flow-new-password-was-sent-3 = 新密码已发送,但尚未收到响应:密码可能已设置,也可能没有。请带 --resume 运行相同命令来确认。
flow-getting-step-ready = 正在准备此步骤…
flow-asking-your-security-question = 正在获取你的安全问题…
flow-new-password-empty = 新密码为空
flow-new-password-does-not = 新密码不符合密码策略(本地检查;未发送任何内容)
flow-run-same-command-resume-2 = 带 --resume 运行相同命令来确认(重试无法设置不同的密码)
flow-has-ended-so = 流程已结束,pwreset 无法判断;请尝试用待定密码登录,如果失败,请重新开始
http-server-must-reached-over = 必须通过 TLS 访问此服务器;请检查 --url 中的端口
http-check-url-your-network = 检查 --url、网络和 --timeout;此请求没有更改你帐户上的任何内容
http-wait-then-run-pwreset = 请稍候,然后再次运行 pwreset
keystore-flow-file = 流程文件
keystore-symbolic-link-pwreset-does = 它是符号链接,pwreset 不会跟随指向机密文件的链接
keystore-name-file-itself = 请直接指定文件本身
keystore-not-regular-file = 它不是普通文件
keystore-name-regular-file = 请指定普通文件
keystore-another-user-may-have = 可能是其他用户放置的;请删除它,让 pwreset 自己创建
policy-requires-more-than-character = 要求超过 4 类字符
policy-your-profile-s-rule = (你的配置文件中的规则)
policy-not-commonly-used-password = 不是常用密码
policy-does-not-contain-your = 不包含你的用户 ID
policy-differs-from-your-current = 与当前密码不同
policy-list-commonly-used-passwords = 在常用密码列表中
policy-contains-your-user-id = 包含你的用户 ID
cognito-check-region-endpoint-url = 检查 --region / --endpoint-url
cognito-has-no-self = Cognito 不提供自助解锁。Cognito 因密码错误而锁定的帐户会在一段时间后自动解锁;`pwreset reset` 则会设置新密码
cognito-address-your-account = 你帐户上的地址
cognito-no-code-was-entered = 未输入验证码
cognito-names-delivery-destination = Cognito 只在发送验证码时才说明接收地址,因此 pwreset 无法在不发送验证码的情况下列出验证方式;`pwreset reset` 会显示验证码发往何处
cognito-does-not-let = Cognito 不允许用户读取用户池的密码策略(需要管理员权限),因此这些是 pwreset 能做的检查:NIST SP 800-63B 默认规则,并按你配置文件中的 [policy] 收紧;用户池可能要求更多,提交密码时 Cognito 会检查它自己的规则
firebase-link-has-no-mode = 该链接没有 mode;它不是 Firebase 操作链接
firebase-link-has-no-oobcode = 该链接没有 oobCode
firebase-has-no-self = Firebase 不提供自助解锁:已停用的帐户只能由应用的管理员重新启用;`pwreset reset` 会设置新密码
firebase-answer = Firebase 响应
firebase-check-endpoint-url-firebase = 检查 --endpoint-url / FIREBASE_AUTH_EMULATOR_HOST
firebase-too-weak = 太弱
firebase-has-no-lower-case = 不含小写字母
firebase-has-no-upper-case = 不含大写字母
firebase-has-no-digit = 不含数字
firebase-has-no-non-alphanumeric = 不含非字母数字字符
firebase-too-short = 太短
firebase-too-long = 太长
firebase-does-not-meet-project = 不符合项目的密码策略
firebase-code-not-password-reset = 该验证码不是用于重置密码的
firebase-recovers-email-only = Firebase 只能通过电子邮件恢复:重置验证码(在链接中)会发送到你的登录地址;`pwreset reset --user 电子邮件` 会发送它
pwreset-check-url-points-at-2 = 检查 --url 是否指向 pwreset 协议 v1 服务
pwreset-run-same-command-again = 再次运行相同命令以开始新流程
pwreset-choose-password-meets-rules = 请选择符合上面所示规则的密码
pwreset-run-pwreset-methods-see = 运行 `pwreset methods` 查看你的验证方式
pwreset-looks-like-disagreement-between = 这似乎是 pwreset 与服务之间的分歧;请使用 -v 运行并报告
pwreset-no-content-type = 无内容类型
settings-config-file = 配置文件
settings-no-profiles-are-defined = 未定义任何配置文件
settings-pass-user-id-set = 传入 --user ID(或设置 PWRESET_USER)
signals-stopped-terminal-went-away = 已停止:终端已关闭(SIGHUP)。
scripted-pass-code-stdin-code = 传入 --code-stdin、--code-file 路径、--code-command 命令 或 --totp-secret-env 变量
scripted-pass-password-stdin-password = 传入 --password-stdin、--password-file 路径 或 --generate(配合 --save-to-keyring 或 --password-out FILE)
scripted-if-you-typed-secret = 如果你在那里输入的是密钥本身,它现在已在 shell 历史中:请更换它
scripted-code-command-printed-no = --code-command 没有输出验证码
recover-account-unlocked = 帐户已解锁
http-a-server-error = 服务器错误

## 密码强度估计(zxcvbn 的提示)

strength-label = { $score ->
    [0] 非常弱
    [1] 弱
    [2] 一般
    [3] 强
   *[4] 非常强
 }
strength-time = { $unit ->
    [less-than-a-second] 不到 1 秒
    [second] { $n } 秒
    [minute] { $n } 分钟
    [hour] { $n } 小时
    [day] { $n } 天
    [month] { $n } 个月
    [year] { $n } 年
   *[centuries] 数百年
 }
strength-warning-straight-rows-of-keys-are-easy-to-guess = 键盘上连成一排的按键很容易被猜到。
strength-warning-short-keyboard-patterns-are-easy-to-guess = 短的键盘图案很容易被猜到。
strength-warning-repeats-like-aaa-are-easy-to-guess = 像 "aaa" 这样的重复很容易被猜到。
strength-warning-repeats-like-abc-abc-are-only-slightly-harder-to-guess = 像 "abcabcabc" 这样的重复只比 "abc" 稍难猜一点。
strength-warning-this-is-a-top10-password = 这是最常用的 10 个密码之一。
strength-warning-this-is-a-top100-password = 这是最常用的 100 个密码之一。
strength-warning-this-is-a-common-password = 这是一个非常常用的密码。
strength-warning-this-is-similar-to-a-commonly-used-password = 这与一个常用密码相似。
strength-warning-sequences-like-abc-are-easy-to-guess = 像 abc 或 6543 这样的序列很容易被猜到。
strength-warning-recent-years-are-easy-to-guess = 最近的年份很容易被猜到。
strength-warning-a-word-by-itself-is-easy-to-guess = 单独一个单词很容易被猜到。
strength-warning-dates-are-often-easy-to-guess = 日期通常很容易被猜到。
strength-warning-names-and-surnames-by-themselves-are-easy-to-guess = 单独的名字和姓氏很容易被猜到。
strength-warning-common-names-and-surnames-are-easy-to-guess = 常见的名字和姓氏很容易被猜到。
strength-suggestion-use-a-few-words-avoid-common-phrases = 使用几个单词,避免常见短语。
strength-suggestion-no-need-for-symbols-digits-or-uppercase-letters = 不必使用符号、数字或大写字母。
strength-suggestion-add-another-word-or-two = 再加一两个单词。不常见的单词更好。
strength-suggestion-capitalization-doesnt-help-very-much = 大写字母帮助不大。
strength-suggestion-all-uppercase-is-almost-as-easy-to-guess-as-all-lowercase = 全部大写几乎和全部小写一样容易被猜到。
strength-suggestion-reversed-words-arent-much-harder-to-guess = 反写的单词并不会难猜多少。
strength-suggestion-predictable-substitutions-dont-help-very-much = 可预测的替换(例如用 "@" 代替 "a")帮助不大。
strength-suggestion-use-a-longer-keyboard-pattern-with-more-turns = 使用更长、转折更多的键盘图案。
strength-suggestion-avoid-repeated-words-and-characters = 避免重复的单词和字符。
strength-suggestion-avoid-sequences = 避免使用序列。
strength-suggestion-avoid-recent-years = 避免使用最近的年份。
strength-suggestion-avoid-years-that-are-associated-with-you = 避免使用与你相关的年份。
strength-suggestion-avoid-dates-and-years-that-are-associated-with-you = 避免使用与你相关的日期和年份。

## 提示

prompt-choose-number = 选择 1-{ $n }
choose-number-again = 请输入 1 到 { $n } 之间的数字。
confirm-default-yes = Y/n
confirm-default-no = y/N
confirm-yes-words = 是, 好, 确定
confirm-no-words = 否, 不
confirm-again = 请回答 y(是)或 n(否)。

## dev-server 的响应

problem-title = { $code ->
    [invalid_request] 请求格式错误
    [invalid_token] 流程令牌缺失或无效
    [flow_not_found] 流程不存在
    [flow_expired] 流程已过期或已结束
    [flow_complete] 流程已完成
    [unknown_method] 验证方式不存在
    [method_already_used] 第二步需要不同类型的验证方式
    [gates_complete] 所有验证步骤都已通过
    [challenge_not_found] 验证请求不存在
    [invalid_code] 验证码不正确
    [code_expired] 验证码已过期
    [code_used] 验证码已被使用
    [too_many_attempts] 错误的验证码过多
    [gates_incomplete] 验证尚未完成
    [wrong_intent] 此流程是为其他目的启动的
    [password_rejected] 新密码被拒绝
    [idempotency_conflict] Idempotency-Key 被重复用于不同的密码
    [rate_limited] 请求过多
    [locked] 恢复暂时被锁定
    [payload_too_large] 请求正文过大
    [not_found] 未找到
    [method_not_allowed] 不允许的方法
    [service_busy] 服务繁忙
   *[other] 错误
 }
server-cannot-read-users-file = 无法读取用户文件 { $path }
server-not-valid-users-file = { $origin } 不是有效的用户文件
server-account-has-empty-user = { $origin }:某个帐户的用户为空
server-user-appears-twice = { $origin }:用户 { $who } 出现了两次
server-gates-must = { $origin }:{ $who }:验证步骤数必须是 1 或 2
server-gates-need-at-least = { $origin }:{ $who }:{ $gates } 个验证步骤至少需要 { $gates } 种不同类型的方式
server-method-needs = { $origin }:{ $who }:{ $kind } 方式需要 "to"
server-totp-method-needs-base = { $origin }:{ $who }:totp 方式需要 base32 格式的 "secret"
server-questions-method-needs-answers = { $origin }:{ $who }:questions 方式需要 "answers"
server-unknown-method-kind-known = { $origin }:{ $who }:未知的方式类型 { $k }(已知:{ $v_kinds })
server-cannot-listen = 无法在 { $addr } 上监听
server-cannot-listen-2 = 无法在 { $http_addr } 上监听
server-dev-server-listens-tcp = dev-server 在 TCP 地址上监听
server-request-body-not-valid = 请求正文无效:{ $e }
server-not-allowed-here = 此处不允许 { $method }
server-no-endpoint = 没有端点 { $path }
server-cannot-make-ca-key = 无法生成 CA 密钥
server-cannot-make-ca = 无法生成 CA
server-cannot-make-server-key = 无法生成服务器密钥
server-cannot-name-server = 无法为服务器命名
server-cannot-sign-server-certificate = 无法签署服务器证书
server-tls-versions = TLS 版本
server-cannot-use-server-certificate = 无法使用服务器证书
server-security-questions = { $n } 个安全问题
server-no-such-flow-start = 流程不存在;请重新开始
server-flow-has-no-method = 此流程没有方式 { $method_id }
server-method-already-passed-gate = { $kind } 方式已通过一个步骤;下一步需要不同的类型
server-code-not-correct-attempt = 验证码不正确;还剩 { $left } 次机会
server-flow-was-started = 此流程是为{ $intent ->
    [unlock] 解锁帐户
   *[reset] 重置密码
 }而启动的
server-verification-gates-passed = 已通过 { $gates_passed }/{ $gates_required } 个验证步骤
server-no-such-challenge-flow = 此流程中没有该验证请求
server-account-locked = 帐户已被锁定
server-wrong-user-password = 用户或密码错误
server-no-such-account = 帐户不存在
mod-request-bodies-are-limited = 请求正文限制为 64 KiB
flows-user-must-characters = 用户必须是 1 到 256 个字符
flows-too-many-recovery-attempts = 此帐户的恢复尝试过多;请稍候再试
flows-send-flow-token-as = 请以 `Authorization: Bearer <flow_token>` 发送流程令牌
flows-flow-token-does-not = 流程令牌与此流程不匹配
flows-flow-has-expired-start = 此流程已过期;请重新开始
flows-flow-ended-after-too = 由于错误的验证码过多,此流程已结束;请重新开始
flows-flow-already-complete = 此流程已完成
flows-all-verification-gates-are = 所有验证步骤都已通过
flows-code-was-sent-moments = 刚刚已发送验证码;请稍候再请求新的验证码
flows-too-many-codes-sent = 此流程中发送的验证码过多;请稍后重新开始
flows-code-was-already-used = 此验证码已被使用;验证码只能使用一次
flows-code-has-expired-ask = 验证码已过期;请获取新的验证码
flows-too-many-wrong-codes = 错误的验证码过多;此流程已结束,请重新开始
flows-idempotency-key-already-set = 此 Idempotency-Key 已设置过另一个密码
flows-password-was-already-set = 此流程中已设置过密码
flows-your-current-password = 是你的当前密码
flows-new-password-does-not = 新密码不符合密码策略
flows-your-password-was-changed = 你的密码已重置
flows-your-account-was-unlocked = 你的帐户已解锁
flows-not-every-verification-gate = 并非所有验证步骤都已通过
limits-too-many-requests-from = 来自此地址的请求过多;请稍候再试
limits-service-holds-as-many = 服务已达到可同时处理的恢复流程上限;请稍后再试
limits-recovery-account-locked-after = 由于多次验证失败,此帐户的恢复已被锁定;请稍后再试
server-delivered-code = 你的验证码是 { $code }
demo-label-authenticator = [演示验证器]
demo-label-hint = [演示提示]
keystore-no-store-for-platform = 此平台没有密钥环存储
keystore-item-not-text = 密钥环中的某个条目不是文本
keystore-writable-by-others = 其他用户可以写入它(权限 { $mode })
keystore-readable-by-others = 其他用户可以读取它(权限 { $mode })
keystore-directory-writable-by-others = 它所在的目录 { $dir } 可被其他用户写入且没有粘滞位(权限 { $mode }),因此任何人都能替换它
signals-stopped = 已停止。
signals-stopped-by = 已停止({ $signal })。
interrupted = 已中断

## 列表

# Between clauses that hold commas themselves (the demo's password rules).
list-clause-separator = ;{" "}
list-separator = 、
list-and = { $first }和{ $last }
list-or = { $first }或{ $last }
keystore-the-file = 该文件
cognito-answer = Cognito 响应
pwreset-protocol-problem = 协议 v1 的错误响应
not-shown = [不显示]
scripted-code-command-error = --code-command:{ $e }

## entra(Microsoft Entra External ID,原生身份验证)

entra-not-a-tenant = { $tenant } 不是 External ID 租户(应为其子域名,如 contoso,或其 ID)
settings-pass-tenant = 传入 --tenant 子域名(或租户 ID),自定义域名则传入 --authority-url
settings-entra-needs-tenant = entra 提供方需要租户
settings-entra-needs-client-id = entra 提供方需要应用的客户端 ID(已启用原生身份验证的应用)
entra-answer = 原生身份验证响应
entra-check-authority = 检查 --tenant 或 --authority-url;此请求没有更改你帐户上的任何内容
entra-no-token = 服务没有提供 continuation token
entra-needs-browser = { $service } 要求在浏览器中完成此重置{ $reason }:它的登录需要的不只是电子邮件验证码
entra-use-browser = 请在浏览器中使用应用自己的"忘记密码?"页面
entra-flow-expired = { $service }:此次恢复已过期
entra-start-again = 重新开始(不带 --resume 运行相同命令)
entra-user-not-found = { $service } 没有使用此用户 ID 的帐户
entra-check-user = 请检查用户 ID:它是你登录时使用的电子邮件地址
entra-unsupported-challenge = { $service } 要求的验证方式无法在终端中完成
entra-native-auth-disabled = { $service } 已为此应用关闭原生身份验证
entra-ask-admin-native-auth = 应用的管理员可以在 Entra 管理中心启用它(身份验证 → 启用原生身份验证)
entra-client-refused = { $service } 不认识此应用,或此应用不能使用原生身份验证({ $said })
entra-check-client-id = 检查 --client-id:在此租户中注册的应用的应用程序(客户端)ID
entra-refused = { $service } 拒绝了请求:{ $error }({ $said })
entra-nonsense = 服务返回了无意义的响应:{ $what }
entra-password-suberror = { $suberror ->
    [password_too_weak] 太弱
    [password_too_short] 太短
    [password_too_long] 太长
    [password_recently_used] 最近使用过
    [password_banned] 在禁用密码列表中
   *[other] 不被接受
 }
entra-refused-password = { $service } 拒绝了新密码
entra-change-failed = { $service } 未能重置密码
entra-change-timeout = { $service } 在 { $s } 秒内没有完成密码重置;密码可能已设置,也可能没有
entra-no-unlock = Entra External ID 不提供自助解锁;`pwreset reset` 会设置新密码
entra-wrong-code = { $service }:验证码不正确
entra-check-latest-code = 请输入最新一封邮件中的验证码
entra-names-destination = Entra 只在发送验证码时才说明接收地址,因此 pwreset 无法在不发送验证码的情况下列出验证方式;`pwreset reset` 会显示验证码发往何处
entra-policy-note = Entra 不公开其密码规则;pwreset 检查 External ID 执行的规则(8 到 256 个字符,4 类字符中的 3 类),服务还会拒绝被禁用和最近使用过的密码

## entra 工作帐户:转到重置门户

entra-user-not-upn = 工作帐户的用户 ID 是类似 name@contoso.com 的地址
entra-unknown-cloud = 登录服务指明的 Microsoft 云 pwreset 不认识:{ $cloud }
entra-no-tenant-for-domain = 没有 Microsoft Entra 组织使用 { $domain }
entra-no-work-account = { $user } 不是 Microsoft Entra 已知的工作帐户({ $cloud })
entra-cloud-name = { $cloud ->
    [usgov] Microsoft Entra 美国政府版
    [china] 由世纪互联运营的 Microsoft Entra
   *[global] Microsoft Entra
 }
entra-handoff-intro = { $user } 是工作帐户({ $cloud })。Microsoft 没有为工作帐户提供重置 API:需要在浏览器中使用其自助服务门户重置:
entra-handoff-reset-choice = 在那里选择"我忘记了密码":验证你的身份后设置新密码。
entra-handoff-unlock-choice = 在那里选择"我知道我的密码,但仍无法登录":验证你的身份后帐户即会解锁。
entra-handoff-rule = 只有帐户所有者本人才能执行此操作。管理员不能代你重置密码(在由世纪互联运营的合作伙伴中心也不能),pwreset 也从不代表他人操作。
entra-handoff-qr = 也可以用手机扫描:
entra-handoff-opened = 已在浏览器中打开。
entra-handoff-no-browser = 此处无法打开浏览器:请自行打开上面的地址。
entra-federated = { $user } 通过其组织自己的服务({ $host })登录:密码由该服务管理,而不是 Microsoft Entra。
entra-federated-hint = 请使用你所在组织的密码重置页面,或联系其技术支持。
entra-workforce-only-reset = Microsoft Entra 工作帐户没有可供 pwreset 查询此信息的 API:其验证方式和规则显示在 Microsoft 的重置门户中
entra-workforce-use-reset = `pwreset reset --provider entra --user 你@域名` 会带你前往(对于 External ID 客户租户,请传入 --tenant 和 --client-id)

## PocketBase
policy-at-most-bytes = UTF-8 编码最多 { $max_bytes } 个字节(一个非 ASCII 字符占 2 到 4 个字节)
policy-bytes-at-most = UTF-8 编码占 { $value } 个字节;最多允许 { $max_bytes } 个
pocketbase-has-no-unlock = PocketBase 不提供自助解锁:帐户只能由应用的管理员更改;`pwreset reset` 会设置新密码
pocketbase-answer = PocketBase 的应答
pocketbase-check-url = 请检查 --url(PocketBase 服务器,例如 https://pb.example.com)
pocketbase-no-auth-collection = { $service }:没有名为 { $collection } 的身份验证集合
pocketbase-pass-collection = 请用 --collection 指定你的帐户所在的身份验证集合(默认:users)
pocketbase-refused = { $service } 拒绝了请求(HTTP { $status }):{ $message }
pocketbase-link-expired = { $service }:重置链接已过期
pocketbase-new-link = 请再次运行 pwreset 以获取新的电子邮件
pocketbase-link-not-valid = { $service }:重置链接无效(已使用、已被更新的链接取代或输入有误)
pocketbase-paste-latest-link = 请粘贴最新重置邮件中的完整链接(或其最后一段)
pocketbase-link-for-other = 该链接用于 { $kind },而不是重置密码
pocketbase-link-for-until = 该链接属于 { $email },在 { $time } 之前有效。
pocketbase-accepted-empty = { $service } 接受了空密码,而 PocketBase 从不这样做:已停止
pocketbase-email-only = PocketBase 只能通过电子邮件恢复:链接会发送到你的登录地址;`pwreset reset --user 电子邮件` 会发送它
pocketbase-policy-note = { $service } 的 PocketBase 密码规则:集合报告的长度(最多 72 个字节,即 bcrypt 读取的长度),以及 pwreset 在本地检查的规则(NIST SP 800-63B 默认规则,并按你配置文件中的 [policy] 收紧)

## django-allauth
allauth-has-no-unlock = django-allauth 不提供自助解锁:被锁定或停用的帐户只能由网站管理员更改;`pwreset reset` 会设置新密码
allauth-answer = django-allauth 的应答
allauth-check-url = 请检查 --url(网站,例如 https://example.com,或其无头 API …/_allauth/app/v1)
allauth-not-headless = { $service } 没有提供 django-allauth 的应用无头 API(/_allauth/app/v1/config)
allauth-unknown-email = { $service } 表示没有帐户使用此电子邮件地址
allauth-flow-over = { $service }:此次重置已结束(错误验证码过多,或已超时)
allauth-start-again = 请再次运行 pwreset 以获取新的验证码
allauth-link-not-valid = { $service }:重置链接无效(已使用或输入有误)
allauth-code-not-valid = { $service }:该验证码不正确
allauth-type-latest-code = 请输入最新重置邮件中的验证码(不区分大小写,空格和连字符不影响)
allauth-email-only = django-allauth 只能通过电子邮件恢复:验证码(或链接)会发送到你的登录地址;`pwreset reset --user 电子邮件` 会发送它
allauth-policy-note = django-allauth 没有公布 { $service } 的密码规则:pwreset 检查自己的规则(NIST SP 800-63B 默认规则,并按你配置文件中的 [policy] 收紧);如果网站拒绝密码,其验证器会给出原因

## Better Auth
better-auth-has-no-unlock = Better Auth 不提供自助解锁:被封禁或锁定的帐户只能由应用的管理员更改;`pwreset reset` 会设置新密码
better-auth-answer = Better Auth 的应答
better-auth-check-url = 请检查 --url(Better Auth 的基础地址,例如 https://app.example.com/api/auth)
better-auth-type-latest-code = 请输入最新重置邮件中的验证码
better-auth-link-not-valid = { $service }:重置链接无效(已过期、已使用或输入有误)
better-auth-too-many-attempts = { $service }:错误验证码过多;此验证码即使输入正确也不再有效
better-auth-reset-disabled = { $service } 不提供密码重置(应用不发送重置邮件)
better-auth-not-better-auth = { $service } 在此处不响应 Better Auth 的密码重置请求
better-auth-email-only = Better Auth 只能通过电子邮件恢复:验证码(或链接)会发送到你的登录地址;`pwreset reset --user 电子邮件` 会发送它
better-auth-policy-note = Better Auth 没有公布 { $service } 的密码规则:pwreset 检查其默认值(8 到 128 个字符)和自己的规则(NIST SP 800-63B 默认规则,并按你配置文件中的 [policy] 收紧);如果应用的限制不同,应用会说明

## --provider auto 和 `pwreset detect`
detect-evidence-ciamlogin = 该主机属于 Microsoft Entra External ID(ciamlogin.com)
detect-evidence-entra-settings = 已提供 Entra 租户、颁发机构、云或登录 URL
detect-evidence-api-key = 已提供 Firebase API 密钥
detect-evidence-cognito-settings = 已提供 Cognito 区域、终结点或客户端密钥
detect-evidence-matched = { $request } → { $answer }:{ $kind } 的应答
detect-evidence-remembered = 由之前的运行查明(pwreset detect 会重新询问)
detect-nothing-matched = { $service } 的应答不像 pwreset 认识的任何服务。已尝试: { $tried }
detect-name-provider = 请检查 --url,或用 --provider 指定类型({ $names })
detect-found = { $service } 是 { $kind } 服务(--provider { $kind })
flow-unlock-not-offered = 此服务不提供自助解锁;`pwreset reset` 会设置新密码

## Supabase Auth
supabase-has-no-unlock = Supabase Auth 不提供自助解锁:被封禁的帐户只能由项目管理员更改;`pwreset reset` 会设置新密码
supabase-answer = Supabase Auth 的应答
supabase-check-url = 请检查 --url(项目,例如 https://PROJECT.supabase.co,或自行部署的 GoTrue)
supabase-code-not-valid = { $service }:验证码错误或已过期
supabase-type-latest-code = 请输入最新恢复邮件中的验证码(或粘贴其链接);如需新的验证码,请再次请求
supabase-weak-length = 比项目允许的长度短
supabase-weak-characters = 缺少项目要求的某类字符
supabase-weak-pwned = 出现在已知的数据泄露中
supabase-same-password = 与当前密码相同
supabase-rate-limited = { $service } 正在限制请求:{ $message }
supabase-session-over = { $service }:验证码给出的会话已结束
supabase-needs-api-key = { $service } 需要项目的 API 密钥(anon 密钥)
supabase-pass-api-key = 请传入 --api-key 密钥(Project Settings → API → anon key;它是公开的)
supabase-banned = { $service }:此帐户已被封禁,因此无法在此重置其密码
supabase-no-session = { $service } 接受了验证码,但没有给出用于设置密码的会话
supabase-email-only = Supabase Auth 只能通过电子邮件恢复:验证码(如果项目模板包含)或链接会发送到你的登录地址;`pwreset reset --user 电子邮件` 会发送它
supabase-policy-note = Supabase 没有公布 { $service } 的密码规则:pwreset 检查其默认值(至少 6 个字符,最多 72 个字节,即 bcrypt 读取的长度)和自己的规则(NIST SP 800-63B 默认规则,并按你配置文件中的 [policy] 收紧);如果项目拒绝密码,会显示其原因
detect-evidence-supabase = 该主机属于 Supabase 项目(supabase.co)

## Ory Kratos
kratos-has-no-unlock = Ory Kratos 不提供自助解锁:被停用的身份只能由其管理员更改;`pwreset reset` 会设置新密码
kratos-answer = Ory Kratos 的应答
kratos-check-url = 请检查 --url(Kratos 的公共端点,或 https://PROJECT.projects.oryapis.com)
kratos-flow-expired = { $service }:此次恢复已过期
kratos-session-too-old = { $service }:验证码给出的会话权限已不足以设置密码
kratos-needs-browser = { $service } 只能在浏览器中完成恢复(它要求重定向到其设置页面)
kratos-enable-continue-with = 其管理员可以为原生应用开启 feature_flags.use_continue_with_transitions;在此之前请使用网站的"忘记密码?"页面
kratos-signed-in = { $service } 表示此客户端已有活动会话
kratos-no-flow = { $service } 的应答没有流程 ID,而 Kratos 总会发送它
kratos-refused-email = { $service } 拒绝了该地址:{ $message }
kratos-no-session = { $service } 接受了验证码,但没有给出用于设置密码的会话或设置流程
kratos-email-only = 此处 Ory Kratos 只能通过电子邮件恢复(验证码发送到你的登录地址);`pwreset reset --user 电子邮件` 会发送它
kratos-policy-note = Ory Kratos 没有公布 { $service } 的密码规则:pwreset 检查自己的规则(NIST SP 800-63B 默认规则,并按你配置文件中的 [policy] 收紧);如果 Kratos 拒绝密码,会显示其原因(太短、与标识符太相似、出现在数据泄露中)
detect-evidence-ory = 该主机属于 Ory Network(oryapis.com)

## Okta
okta-cannot-list = Okta 在使用某个因素之前不会说明你的帐户有哪些因素:组织可以按其密码策略提供短信、语音电话和电子邮件;`pwreset reset --method sms|voice|email` 选择其中之一
okta-answer = Okta 的应答
okta-check-url = 请检查 --url(你的 Okta 组织,例如 https://acme.okta.com,或其自定义域)
okta-wrong-answer = { $service }:恢复问题的答案不正确
okta-link-not-valid = { $service }:恢复链接无效(已过期、已使用或输入有误)
okta-transaction-over = { $service }:此恢复事务已结束(已过期,或已完成或取消)
okta-not-allowed = { $service } 不允许此恢复:{ $said }
okta-ask-helpdesk = 你所在组织的策略没有为你的帐户提供此因素或自助恢复;请尝试其他方式,或联系技术支持
okta-identity-engine = 使用 Okta Identity Engine 的组织可能拒绝 Classic 恢复 API;请改用组织的登录页面("忘记密码?"或"解锁帐户?")
okta-unexpected-status = { $service } 对恢复步骤的应答状态是该步骤从不会有的
detect-evidence-okta = 该主机属于 Okta 组织(okta.com)
supabase-not-here = { $service } 在此处不响应 Supabase Auth 的请求(/auth/v1 下和根路径都没有)
