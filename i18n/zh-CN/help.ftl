# pwreset 的帮助(简体中文):--help、man 手册页、clap 的文字和退出码。

## 帮助(--help、man 手册页)

help-about = 恢复对你自己帐户的访问:验证你的身份,然后设置新密码
help-long-about =
    无法访问你的帐户?在终端中恢复访问。
    {""}
    pwreset 会引导你通过服务的重置 API 完成身份验证,在本地询问验证码和新密码,检查密码,然后提交。它只为运行它的人操作:无法重置他人的密码,也绝不从命令行获取任何密钥。
help-after =
    第一次使用?`pwreset demo` 会在内置的本地服务上运行完整流程。
    {""}
    示例:
    {"  "}pwreset reset --url https://id.example.com --user you@example.com
    {"  "}pwreset reset -p work                # 使用配置文件中的配置
    {"  "}pwreset unlock -p work
help-about-reset = 验证你的身份并设置新密码("创建新密码")
help-after-reset =
    示例:
    {"  "}pwreset reset --url https://id.example.com --user you@example.com
    {"  "}pwreset reset -p work --method totp
    {"  "}TOTP=... pwreset reset -p ci --totp-secret-env TOTP --generate --save-to-keyring --output json
help-about-unlock = 验证你的身份并解锁你的帐户,保留当前密码
help-long-about-unlock =
    验证你的身份并解锁你的帐户,保留当前密码
    {""}
    适用于提供自助解锁的服务(pwreset 协议)。Cognito 和 Firebase 不提供:pwreset 会如实说明,`pwreset reset` 则会设置新密码。
help-after-unlock =
    示例:
    {"  "}pwreset unlock --url https://id.example.com --user you@example.com
    {"  "}pwreset unlock -p work
help-about-methods = 按服务报告的内容列出你的验证方式(已遮蔽)
help-long-about-methods =
    按服务报告的内容列出你的验证方式(已遮蔽)
    {""}
    Cognito 和 Firebase 只在发送验证码时才说明接收地址,因此对它们 pwreset 会如实说明,而不会发送验证码。
help-after-methods =
    示例:
    {"  "}pwreset methods --url https://id.example.com --user you@example.com
    {"  "}pwreset methods -p work --output json
help-about-policy = 显示服务执行的密码规则
help-about-detect = 判断 --url 是哪种重置服务及其依据(只读请求;会为 --provider auto 记住结果)
help-after-policy =
    示例:
    {"  "}pwreset policy --url https://id.example.com
    {"  "}pwreset policy -p work --output json
help-about-demo = 用一条命令在内置的本地服务上运行完整的重置流程
help-after-demo =
    示例:
    {"  "}pwreset demo
    {"  "}pwreset demo --unlock
    {"  "}pwreset demo --tls                  # 通过 HTTPS,使用为演示创建的 CA
help-about-dev-server = 运行本地参考重置服务(在内存中),用于试用和测试
help-after-dev-server =
    示例:
    {"  "}pwreset dev-server --addr 127.0.0.1:8787
    {"  "}pwreset dev-server --tls --ca-out dev-ca.pem   # 然后:pwreset reset --url https://127.0.0.1:8787 --ca-cert dev-ca.pem
    {"  "}url=$(pwreset dev-server --addr 127.0.0.1:0 --users users.json | head -1)
help-about-completions = 输出 shell 补全脚本
help-after-completions =
    示例:
    {"  "}pwreset completions bash > ~/.local/share/bash-completion/completions/pwreset
    {"  "}pwreset completions zsh > ~/.zfunc/_pwreset
help-about-man = 输出 man 手册页(roff)
help-after-man =
    示例:
    {"  "}pwreset man | man -l -
    {"  "}pwreset man > ~/.local/share/man/man1/pwreset.1
help-about-profile = 管理配置文件中的配置
help-after-profile =
    示例:
    {"  "}pwreset profile add work --url https://id.example.com --user you@example.com --method totp
    {"  "}pwreset profile show work
    {"  "}pwreset profile list
    {""}
    一个配置包含 provider、url、user、methods、timeout、ca_cert、region、client_id、
    client_secret_env、endpoint_url、api_key、tenant_id 以及 [policy] min_length、max_length、
    min_character_classes;从不包含密钥。
help-about-profile-list = 列出配置(标出默认配置)
help-about-profile-show = 显示某个配置的设置(不带名称时显示默认配置)
help-about-profile-add = 添加配置(绝不会把密钥写入配置文件)
help-about-profile-remove = 删除配置
help-about-pending = 处理提交响应丢失后保存为待定状态的生成密码
help-after-pending =
    示例:
    {"  "}pwreset pending list -p work --password-out svc.pw
    {"  "}pwreset pending confirm -p work      # 用它登录成功
    {"  "}pwreset pending discard -p work      # 登录失败
help-about-pending-list = 显示待定密码保存在何处(系统密钥环,以及使用 --password-out 时的 FILE.pending)
help-about-pending-confirm = 待定密码就是正在使用的密码(你已用它登录):将其保存为已确认
help-about-pending-discard = 待定密码并未设置(用它登录失败):丢弃它
help-arg-addr = 监听地址(仅限回环地址;端口 0 表示自动选择空闲端口)
help-arg-api-key = Firebase:项目的 Web API 密钥;Supabase:项目的 anon 密钥(公开配置,不是机密)
help-arg-ca-cert = 除系统证书外,还信任此 PEM CA 证书(或证书包)
help-arg-ca-out = --tls 写入 CA 证书的位置(默认:运行时目录或缓存目录中的 pwreset-dev-ca-端口.pem)
help-arg-check-breached = 拒绝在已知数据泄露中出现过的新密码(Pwned Passwords,采用 k-匿名:只有其 SHA-1 哈希的前 5 个字符会离开本机)
help-arg-client-id = Cognito 或 Entra:应用(客户端)ID
help-arg-client-secret-env = Cognito:保存应用客户端密钥的环境变量的名称
help-arg-code-command = 为每个验证码运行一个命令(不经过 shell);它的标准输出就是验证码。命令可以看到 PWRESET_GATE、PWRESET_METHOD_KIND、PWRESET_METHOD_HINT
help-arg-code-command-timeout = --code-command 最长可运行多久
help-arg-code-file = 从文件读取验证码,每个步骤一行
help-arg-code-stdin = 从 stdin 读取验证码,每个步骤一行(如果密码也来自 stdin,验证码在密码之前)
help-arg-code-ttl = 验证码的有效期
help-arg-color = 何时使用颜色(auto 时遵循 NO_COLOR)
help-arg-default = 设为默认配置
help-arg-endpoint-url = Cognito 或 Firebase:API 端点(Cognito:否则使用 AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER / AWS_ENDPOINT_URL;Firebase:否则使用 FIREBASE_AUTH_EMULATOR_HOST)
help-arg-flow-ttl = 流程的有效期
help-arg-flows-per-user = 每个用户(无论是否存在)在每个频率窗口内可启动的流程数
help-arg-force = 替换同名配置
help-arg-force-overwrite = 允许 --password-out 替换已存在的文件,并允许生成的密码替换中断运行留下的待定密码
help-arg-generate = 生成符合服务密码策略的随机密码(需要 --save-to-keyring 或 --password-out)
help-arg-insecure-flow-file = 将 --resume 所需的流程保存在此明文文件(0600)中,而不是系统密钥环中
help-arg-lang = 消息和帮助的语言:en、it、zh-CN(否则依次使用 LC_ALL、LC_MESSAGES、LANG;都不支持时使用英语)
help-arg-max-attempts = 每个验证请求在流程结束前允许输错验证码的次数
help-arg-max-flows = 同时保留的恢复流程数(内存有上限);超出时启动请求会收到 503 和 Retry-After
help-arg-methods = 按顺序为每个步骤指定验证方式:类型(email、sms、voice、totp、questions)或方式 ID
help-arg-profile-add-methods = 按顺序为每个步骤指定首选验证方式
help-arg-min-length = 新密码的最小长度
help-arg-name = 配置的名称
help-arg-no-input = 从不提示;缺少输入时报错并指出缺少的参数(CI=true 或没有终端时自动启用)
help-arg-no-log = 不在 stderr 上记录请求
help-arg-output = 输出格式:在 stderr 上输出可读文本,或在 stdout 上输出一个 JSON 对象
help-arg-password-file = 从只有你能读取的文件中读取新密码
help-arg-password-out = 将生成的密码写入文件(以 0600 权限创建;在服务接受之前名为 FILE.pending)
help-arg-pending-list-password-out = 中断运行使用的 --password-out 文件:也会查找其 FILE.pending
help-arg-password-stdin = 从 stdin 读取新密码(一行,在所有验证码之后)
help-arg-plain = 为屏幕阅读器和简易终端提供纯文本输出:无符号、无动画、无颜色,过期时间以时刻表示(TERM=dumb 时自动启用)
help-arg-profile = 使用配置文件中此配置的设置
help-arg-provider = 服务使用的重置 API 类型 [可选值:auto、pwreset、cognito、firebase、entra、pocketbase、allauth、better-auth、supabase、kratos、okta]
help-arg-provider-long =
    服务使用的重置 API 类型
    {""}
    可选值:
    - auto:        根据 --url(只读请求,按服务记住)或已给出的设置判断;默认值
    - pwreset:     开放的 pwreset 协议 v1(`pwreset dev-server` 使用该协议)
    - cognito:     AWS Cognito 用户池(ForgotPassword + ConfirmForgotPassword)
    - firebase:    Firebase Authentication / Google Identity Platform(sendOobCode + resetPassword)
    - entra:       Microsoft Entra External ID,原生身份验证(密码重置 v1.0)
    - pocketbase:  PocketBase(在身份验证集合上调用 request-password-reset + confirm-password-reset)
    - allauth:     django-allauth 的应用无头 API(通过验证码或链接重置密码)
    - better-auth: Better Auth(email-OTP 插件的重置,或核心的链接重置)
    - supabase:    Supabase Auth / GoTrue(recover,验证邮件中的验证码或链接,然后设置新密码)
    - kratos:      Ory Kratos(通过验证码的原生恢复,然后通过设置流程设置密码)
    - okta:        Okta Classic 身份验证 API(通过短信、语音电话或电子邮件恢复,以及自助解锁)
help-arg-quiet = 只输出错误
help-arg-rate-window = 每个用户的频率窗口,也是恢复被锁定的时长
help-arg-region = Cognito:用户池所在的 AWS 区域(否则使用 AWS_REGION / AWS_DEFAULT_REGION)
help-arg-requests-per-client = 每个客户端地址每分钟可发出的请求数
help-arg-resend-after = 通过同一方式再次发送验证码前的最短等待时间
help-arg-resume = 继续中断的流程(保存在系统密钥环或 --insecure-flow-file 中)
help-arg-save-to-keyring = 将生成的密码保存在系统密钥环中(服务 pwreset:<主机>,帐户 <用户>)
help-arg-shell = 要生成补全的 shell
help-arg-support = 自助服务无法继续时用户获取帮助的途径,随流程和错误一起发送(为空表示没有)
help-arg-tenant = Entra External ID:租户(其子域名,如 contoso,或其 ID)
help-arg-authority-url = Entra External ID:授权 URL,用于自定义域名(否则为 https://TENANT.ciamlogin.com/TENANT.onmicrosoft.com)
help-arg-cloud = Entra 工作帐户:Microsoft 云(否则根据用户 ID 判断)
help-arg-login-url = Entra 工作帐户:查询云和帐户类型的地址(用于测试)
help-arg-no-browser = 输出重置门户的地址,而不是在浏览器中打开
help-arg-tenant-id = Firebase / Identity Platform:租户 ID
help-arg-collection = PocketBase:你的帐户所在的身份验证集合(默认:users)
help-arg-timeout = 每个服务请求(包括响应)的时间上限,例如 30s 或 2m
help-arg-tls = 通过 HTTPS 运行内置服务,使用为此演示创建的证书颁发机构
help-arg-dev-server-tls = 提供 HTTPS 服务,使用启动时创建的证书颁发机构(其 CA 证书写入文件,供 --ca-cert 使用)
help-arg-totp-secret-env = 根据此环境变量中的 base32 密钥计算验证器(TOTP)验证码
help-arg-unlock = 运行解锁流程而不是重置流程
help-arg-url = 重置服务的基础 URL(https://,或仅限回环地址的 http://)
help-arg-user = 你在该服务上的用户 ID(缺少时会询问)
help-arg-users = JSON 格式的帐户(见 docs/dev-server.md);缺省时使用演示帐户
help-arg-verbose = 输出每个请求(从不包含其中的机密)
help-about-help = 输出此消息或指定子命令的帮助
help-arg-help = 输出帮助(使用 '--help' 查看更多)
# Where there is no longer help to point at.
help-arg-help-plain = 输出帮助
help-arg-help-long = 输出帮助(使用 '-h' 查看摘要)
help-arg-version = 输出版本
help-heading-provider-settings = 提供方设置
help-heading-verification-without-prompts = 无提示验证
help-heading-new-password-without-prompts = 无提示设置新密码
help-placeholder-command = 命令

## clap(参数解析器)的文字

clap-usage = 用法:
clap-options-heading = 选项:
clap-arguments-heading = 参数:
clap-commands-heading = 命令:
clap-possible-values-heading = 可选值:
clap-options-placeholder = [选项]
clap-default = 默认
clap-possible-values = 可选值
clap-env = 环境变量
clap-error = 错误:
clap-tip = 提示:
clap-unexpected-argument = 发现意外的参数 { $arg }
clap-similar-argument = 存在相似的参数:{ $suggestion }
clap-similar-subcommand = 存在相似的子命令:{ $suggestion }
clap-similar-value = 存在相似的值:{ $suggestion }
clap-pass-as-value = 要将 { $arg } 作为值传入,请使用 { $how }
clap-unrecognized-subcommand = 无法识别的子命令 { $arg }
clap-value-required = { $arg } 需要一个值,但没有提供
clap-invalid-value = { $arg } 的值 { $value } 无效
clap-missing-required = 缺少以下必需参数:
clap-conflict = 参数 { $arg } 不能与 { $other } 一起使用
clap-used-multiple = 参数 { $arg } 不能多次使用
clap-more-information = 如需更多信息,请尝试 { $help }。
clap-requires-subcommand = { $name } 需要一个子命令,但没有提供

## 退出码

exit-codes-heading = 退出码:
exit-code-0 = 完成
exit-code-1 = 意外失败
exit-code-2 = 用法错误(参数错误、配置错误、使用 --no-input 时缺少输入)
exit-code-3 = 验证失败(验证码错误或过期,尝试次数用完)
exit-code-4 = 新密码被拒绝
exit-code-5 = 请求受限或被锁定:请稍后再试
exit-code-6 = 服务无法访问或返回了无意义的响应
exit-code-7 = 流程已过期或未知:请重新开始
exit-code-8 = 已转到浏览器:请在那里完成(此处没有更改任何内容)
exit-code-10 = 已拒绝:会代表其他用户操作,或从命令行获取密钥
exit-code-130 = 已中断(Ctrl-C)
exit-code-signals = 被 SIGHUP、SIGQUIT、SIGTERM 停止

## man 手册页

man-section-name = 名称
man-section-synopsis = 概要
man-section-description = 描述
man-section-options = 选项
man-section-subcommands = 子命令
man-section-exit-status = 退出状态
man-section-environment = 环境变量
man-section-files = 文件
man-section-see-also = 另请参阅
man-section-version = 版本
man-environment-intro = 未给出选项时使用其对应的环境变量;两者都未给出时由配置补充。任何环境变量都不会保存密钥。
man-env-config = 用于替代默认配置文件的配置文件。
man-env-keyring = auto(默认)、secret-service、keyutils(Linux),或 none 表示不使用密钥环。
man-env-no-color = 当 --color 为 auto 时关闭颜色。
man-env-ci = 设置后(且不为 0 或 false),pwreset 从不提示,等同于 --no-input。
man-env-lang = 未给出 --lang 和 PWRESET_LANG 时的消息语言(依次为 LC_ALL、LC_MESSAGES、LANG)。
man-files-config = 配置:[profiles.名称],包含 provider、url、user、methods、timeout、ca_cert 和本地的 [profiles.名称.policy];default_profile 指定不带 -p 时使用的配置。使用 pwreset profile 管理。
man-files-keyring-title = 系统密钥环,服务 pwreset:主机
man-files-keyring = 帐户 USER 保存生成的密码(--save-to-keyring),USER#pending 保存尚未被服务确认的密码,USER#flow 保存供 --resume 使用的中断流程。
man-see-also = pwreset 协议 v1:源代码仓库中的 docs/protocol.md。
man-env-also = 也可以通过环境变量 { $var } 指定。
