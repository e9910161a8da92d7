<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>app</name>
    <message>
      <source>Could not start</source>
      <translation>无法启动</translation>
    </message>
    <message numerus="yes">
      <source>%1 could not start, so it will not remind you to take breaks.

%2

Please report this message; starting the app from a terminal shows the details.</source>
      <translation>
        <numerusform>%1 无法启动，因此不会提醒你休息。

%2

请报告这条消息；从终端启动应用可以看到详细信息。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Still sitting (%1). %2: a %3 break, when you can.</source>
      <translation>
        <numerusform>仍在久坐（%1）。%2：方便时来个%3的休息吧。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You have been sitting for %1. %2: a %3 break.</source>
      <translation>
        <numerusform>你已经坐了%1。%2：来个%3的休息吧。</numerusform>
      </translation>
    </message>
    <message>
      <source>Time for a break</source>
      <translation>该休息一下了</translation>
    </message>
    <message>
      <source>Preference not saved</source>
      <translation>偏好未保存</translation>
    </message>
    <message>
      <source>Could not save your settings: %1</source>
      <translation>无法保存你的设置：%1</translation>
    </message>
    <message>
      <source>History not saved</source>
      <translation>历史记录未保存</translation>
    </message>
    <message>
      <source>This break could not be recorded: %1</source>
      <translation>这次休息无法记录：%1</translation>
    </message>
    <message>
      <source>Skip this break?</source>
      <translation>跳过这次休息？</translation>
    </message>
    <message>
      <source>You have skipped a few breaks in a row. A short walk now is easier than a long one later. Skip this one anyway?</source>
      <translation>你已经连续跳过了几次休息。现在走一小段路，比以后再走一大段要轻松。仍然跳过这一次吗？</translation>
    </message>
    <message>
      <source>Skip this break</source>
      <translation>跳过这次休息</translation>
    </message>
    <message>
      <source>Keep the reminder</source>
      <translation>保留提醒</translation>
    </message>
    <message>
      <source>Settings not saved</source>
      <translation>设置未保存</translation>
    </message>
    <message>
      <source>Your choices could not be saved: %1.</source>
      <translation>你的选择无法保存：%1。</translation>
    </message>
    <message>
      <source>Could not save your settings: %1. Your previous settings file is unchanged.</source>
      <translation>无法保存你的设置：%1。之前的设置文件没有改动。</translation>
    </message>
    <message>
      <source>Could not change whether the app starts at login: %1.</source>
      <translation>无法更改是否在登录时启动：%1。</translation>
    </message>
    <message>
      <source>Start at login</source>
      <translation>登录时启动</translation>
    </message>
    <message>
      <source>Could not set the app to start at login: %1.</source>
      <translation>无法设置在登录时启动：%1。</translation>
    </message>
  </context>
  <context>
    <name>buddy</name>
    <message>
      <source>Join</source>
      <translation>加入</translation>
    </message>
    <message>
      <source>In 5 min</source>
      <translation>5 分钟后</translation>
    </message>
    <message>
      <source>Decline</source>
      <translation>谢绝</translation>
    </message>
    <message>
      <source>Take it with %1</source>
      <translation>和%1一起休息</translation>
    </message>
    <message>
      <source>%1 is taking a break</source>
      <translation>%1 正要休息</translation>
    </message>
    <message>
      <source>Take a partner break together?</source>
      <translation>要一起做双人放松吗？</translation>
    </message>
    <message>
      <source>Break buddy</source>
      <translation>休息伙伴</translation>
    </message>
    <message>
      <source>Break buddy could not start: %1</source>
      <translation>休息伙伴无法启动：%1</translation>
    </message>
    <message>
      <source>That code was wrong. Check it and try again: after three wrong tries the other computer shows a new code.</source>
      <translation>配对码不对。请核对后重试：错三次后，对方电脑会换一个新码。</translation>
    </message>
    <message>
      <source>That computer is not showing a pairing code. Ask your buddy to choose “Show a pairing code” first.</source>
      <translation>那台电脑没有在显示配对码。请对方先选择“显示配对码”。</translation>
    </message>
    <message>
      <source>Could not reach that computer. Check the address, and that both computers are on the same network with Break buddy on.</source>
      <translation>连不上那台电脑。请检查地址，并确认两台电脑在同一网络且都开启了休息伙伴。</translation>
    </message>
    <message>
      <source>The other computer did not answer in time. Try again.</source>
      <translation>对方电脑没有及时回应。请重试。</translation>
    </message>
    <message>
      <source>The other computer refused to pair.</source>
      <translation>对方电脑拒绝了配对。</translation>
    </message>
    <message>
      <source>That is not an address. Write it as host:port, like 192.168.1.20:47321.</source>
      <translation>这不是有效地址。请写成 主机:端口，例如 192.168.1.20:47321。</translation>
    </message>
    <message>
      <source>Use visible characters: no tabs or line breaks, and not only spaces.</source>
      <translation>请使用可见字符：不要制表符或换行，也不能只有空格。</translation>
    </message>
    <message>
      <source>Pairing failed (%1).</source>
      <translation>配对失败（%1）。</translation>
    </message>
    <message>
      <source>Use at most %1 characters.</source>
      <translation>最多 %1 个字符。</translation>
    </message>
    <message>
      <source>When this is on, this computer listens on the local network so that a buddy you paired with can connect and invite you to a partner break.</source>
      <translation>开启后，这台电脑会在局域网上等待连接，让已配对的伙伴能连上并邀请你一起做双人放松。</translation>
    </message>
    <message>
      <source>Your name as your buddy sees it</source>
      <translation>伙伴看到的你的名字</translation>
    </message>
    <message>
      <source>Empty: your login's name (%1).</source>
      <translation>留空：使用登录账户的名字（%1）。</translation>
    </message>
    <message>
      <source>Your name as your buddy sees it:</source>
      <translation>伙伴看到的你的名字：</translation>
    </message>
    <message>
      <source>Turn Break buddy on and press Apply to pair or to see your buddies.</source>
      <translation>开启休息伙伴并点“应用”后，即可配对或查看你的伙伴。</translation>
    </message>
    <message>
      <source>Let someone pair with this computer</source>
      <translation>让别人与这台电脑配对</translation>
    </message>
    <message>
      <source>Show a pairing code</source>
      <translation>显示配对码</translation>
    </message>
    <message>
      <source>Pairing code</source>
      <translation>配对码</translation>
    </message>
    <message>
      <source>Stop pairing</source>
      <translation>停止配对</translation>
    </message>
    <message>
      <source>Pair with a code</source>
      <translation>用配对码配对</translation>
    </message>
    <message>
      <source>Computers nearby</source>
      <translation>附近的电脑</translation>
    </message>
    <message>
      <source>host:port, e.g. 192.168.1.20:47321</source>
      <translation>主机:端口，例如 192.168.1.20:47321</translation>
    </message>
    <message>
      <source>Address of the other computer</source>
      <translation>对方电脑的地址</translation>
    </message>
    <message>
      <source>Code shown on the other computer</source>
      <translation>对方电脑上显示的配对码</translation>
    </message>
    <message>
      <source>e.g. 4829-1736</source>
      <translation>例如 4829-1736</translation>
    </message>
    <message>
      <source>Pair</source>
      <translation>配对</translation>
    </message>
    <message>
      <source>Nearby:</source>
      <translation>附近：</translation>
    </message>
    <message>
      <source>Or type its address:</source>
      <translation>或输入它的地址：</translation>
    </message>
    <message>
      <source>Code:</source>
      <translation>配对码：</translation>
    </message>
    <message>
      <source>Your buddies</source>
      <translation>你的伙伴</translation>
    </message>
    <message>
      <source>Paired buddies</source>
      <translation>已配对的伙伴</translation>
    </message>
    <message>
      <source>Forget…</source>
      <translation>忘记…</translation>
    </message>
    <message>
      <source>no address yet</source>
      <translation>暂无地址</translation>
    </message>
    <message>
      <source>Listening on: %1</source>
      <translation>正在等待连接：%1</translation>
    </message>
    <message>
      <source>Wrong tries left before a new code: %1</source>
      <translation>换新码前还可输错：%1 次</translation>
    </message>
    <message>
      <source>Pairing…</source>
      <translation>正在配对…</translation>
    </message>
    <message>
      <source>Forget %1?</source>
      <translation>忘记 %1？</translation>
    </message>
    <message>
      <source>Forget %1? Their computer can no longer connect to this one; to take breaks together again you pair anew.</source>
      <translation>忘记 %1？对方的电脑将无法再连接这台电脑；想再一起休息，需要重新配对。</translation>
    </message>
    <message>
      <source>No buddies yet.</source>
      <translation>还没有伙伴。</translation>
    </message>
    <message numerus="yes">
      <source>%1 at %2</source>
      <translation>
        <numerusform>%1，位于 %2</numerusform>
      </translation>
    </message>
    <message>
      <source>Type the code that the other computer shows.</source>
      <translation>请输入对方电脑上显示的配对码。</translation>
    </message>
    <message>
      <source>Break buddy is off.</source>
      <translation>休息伙伴已关闭。</translation>
    </message>
    <message>
      <source>offline</source>
      <translation>离线</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%2)</source>
      <translation>
        <numerusform>%1（%2）</numerusform>
      </translation>
    </message>
    <message>
      <source>Paired with %1.</source>
      <translation>已与 %1 配对。</translation>
    </message>
    <message>
      <source>Paired.</source>
      <translation>已配对。</translation>
    </message>
    <message>
      <source>online, at the desk</source>
      <translation>在线，在座位上</translation>
    </message>
    <message>
      <source>online, away from the desk</source>
      <translation>在线，不在座位上</translation>
    </message>
    <message>
      <source>Waiting for %1 to join…</source>
      <translation>正在等待 %1 加入…</translation>
    </message>
    <message>
      <source>Start on my own</source>
      <translation>我自己开始</translation>
    </message>
    <message>
      <source>%1 has been asked to join this break. It starts as soon as they do.</source>
      <translation>已邀请 %1 一起休息。对方一加入就开始。</translation>
    </message>
    <message>
      <source>Waiting %1</source>
      <translation>已等待 %1</translation>
    </message>
    <message>
      <source>You can wait for %1, or start your own break now.</source>
      <translation>你可以等 %1，也可以现在自己开始休息。</translation>
    </message>
    <message>
      <source>%1 can't join this time</source>
      <translation>%1 这次来不了</translation>
    </message>
    <message>
      <source>Your own break is ready when you are.</source>
      <translation>你自己的休息随时可以开始。</translation>
    </message>
    <message>
      <source>Start my break</source>
      <translation>开始我的休息</translation>
    </message>
    <message>
      <source>Joining %1's break…</source>
      <translation>正在加入 %1 的休息…</translation>
    </message>
    <message>
      <source>The routine starts on both screens together.</source>
      <translation>练习会在两块屏幕上同时开始。</translation>
    </message>
    <message>
      <source>Waiting for %1…</source>
      <translation>正在等待 %1…</translation>
    </message>
    <message>
      <source>%1 answers on their own screen. The break goes on once you both have.</source>
      <translation>%1 正在自己的屏幕上回答。你们都答完后，休息继续。</translation>
    </message>
    <message>
      <source>Only one of you will receive today</source>
      <translation>今天只有一位可以接受按摩</translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>You receive.</source>
      <translation>你接受。</translation>
    </message>
    <message>
      <source>You give.</source>
      <translation>你按摩。</translation>
    </message>
    <message>
      <source>%1 There is one turn today, and you both do the walk and the stretches. Nobody needs to say why.</source>
      <translation>%1 今天只有一轮，两人都一起散步和拉伸。不需要说明原因。</translation>
    </message>
    <message numerus="yes">
      <source>%1 joins in %n minute</source>
      <translation>
        <numerusform>%1 将在 %n 分钟后加入</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 joins in %n minutes</source>
      <translation>
        <numerusform>%1 将在 %n 分钟后加入</numerusform>
      </translation>
    </message>
    <message>
      <source>You give</source>
      <translation>你来按摩</translation>
    </message>
    <message>
      <source>You receive</source>
      <translation>你来接受</translation>
    </message>
    <message>
      <source>Together</source>
      <translation>一起做</translation>
    </message>
    <message>
      <source>On your own this time</source>
      <translation>这次自己来</translation>
    </message>
    <message>
      <source>Sit this one out</source>
      <translation>这一项先歇着</translation>
    </message>
    <message numerus="yes">
      <source>%1 chose %2 of 10</source>
      <translation>
        <numerusform>%1 选了 %2 分（满分 10）</numerusform>
      </translation>
    </message>
    <message>
      <source>%1's break uses a routine this app does not have, so here is your own break.</source>
      <translation>%1 的休息用了这个应用没有的练习，这是你自己的休息。</translation>
    </message>
    <message>
      <source>The link to %1 was lost, so here is your own break.</source>
      <translation>与 %1 的连接断开了，这是你自己的休息。</translation>
    </message>
    <message>
      <source>%1 started the break on their own, so here is yours.</source>
      <translation>%1 已经自己开始休息了，这是你的休息。</translation>
    </message>
    <message>
      <source>%1 stopped the partner part, so here is your own break.</source>
      <translation>%1 停止了双人部分，这是你自己的休息。</translation>
    </message>
  </context>
  <context>
    <name>catalog</name>
    <message>
      <source>under 30 min</source>
      <translation>30 分钟以内</translation>
    </message>
    <message>
      <source>30–60 min</source>
      <translation>30–60 分钟</translation>
    </message>
    <message>
      <source>60–120 min</source>
      <translation>60–120 分钟</translation>
    </message>
    <message>
      <source>over 120 min</source>
      <translation>超过 120 分钟</translation>
    </message>
    <message>
      <source>That was a long sit. Next time, an earlier and shorter break may feel easier than a long one.</source>
      <translation>这次坐得挺久。下次早一点、短一点的休息，可能比一次长休息更轻松。</translation>
    </message>
    <message>
      <source>In a study of computer users, pauses of about 30 seconds every 20 minutes eased discomfort in the neck, shoulders, lower back and forearms. Resting your gaze on something far off and blinking fully can leave eyes that feel tired or dry a little more comfortable for some people.</source>
      <translation>在一项针对电脑使用者的研究中，每 20 分钟停下约 30 秒，减轻了颈部、肩部、下背部和前臂的不适。把目光放在远处、充分地眨眨眼，能让一些人疲劳或干涩的眼睛舒服一点。</translation>
    </message>
    <message>
      <source>In short lab studies of adults who were overweight or older, including postmenopausal women, a few minutes of easy walking every 20 to 30 minutes lowered blood sugar after a meal, compared with sitting straight through. This break opens with a two-minute walk; the stretches are there for comfort and variety.</source>
      <translation>在一些针对超重或年长成年人（包括绝经后女性）的短期实验室研究中，与一直坐着相比，每 20 到 30 分钟轻松走几分钟，能降低餐后血糖。这次休息以两分钟的散步开始；拉伸是为了舒适和变化。</translation>
    </message>
    <message>
      <source>Workplace guidance suggests stepping away from the screen for roughly 5 to 10 minutes in every hour, ideally on your feet. In field studies with data-entry staff, a few extra short breaks a day eased discomfort and eye strain without reducing the amount of work done.</source>
      <translation>职场指南建议每小时离开屏幕大约 5 到 10 分钟，最好站起来走走。在针对数据录入人员的实地研究中，每天多几次短休息减轻了不适和眼睛疲劳，而工作量并没有减少。</translation>
    </message>
    <message>
      <source>Health and safety guidance favours frequent short breaks over a single long one after hours at a screen. Many people come back from a pause feeling a little fresher, and this one starts with a longer walk to get you out of the chair.</source>
      <translation>健康与安全指南建议，在屏幕前工作几个小时后，多次短休息比一次长休息更好。很多人休息回来会觉得精神一些，这次休息从较长的散步开始，让你离开椅子。</translation>
    </message>
    <message>
      <source>Many people find a gentle back and shoulder rub relaxing, and office workers in a small chair-massage study reported less discomfort. The effect is short-lived: reviews find that any ease fades soon after the rub ends. The walk and the stretches are the part of this break that gets you moving.</source>
      <translation>很多人觉得轻柔的背部和肩部按摩很放松，在一项小型椅上按摩研究中，办公室职员也表示不适有所减轻。但效果很短暂：综述发现，按摩结束后舒缓感很快就会消退。这次休息中真正让你动起来的是散步和拉伸。</translation>
    </message>
    <message>
      <source>Eyes and neck reset</source>
      <translation>眼睛和脖子放松</translation>
    </message>
    <message>
      <source>A short pause that rests your eyes and gives your neck and shoulders a gentle move.</source>
      <translation>短暂休息，让眼睛歇一歇，也让脖子和肩膀轻轻活动一下。</translation>
    </message>
    <message>
      <source>Hands, wrists and eyes</source>
      <translation>手、手腕和眼睛</translation>
    </message>
    <message>
      <source>A short pause for busy keyboard and mouse hands: open and close the fingers, stretch the inside of each forearm, then rest your eyes on something far away.</source>
      <translation>给忙于键盘和鼠标的双手一个短暂休息：张开、握紧手指，拉伸每只前臂内侧，再让眼睛看看远处。</translation>
    </message>
    <message>
      <source>Stand up and move</source>
      <translation>站起来活动</translation>
    </message>
    <message>
      <source>Gets you out of the chair for a two-minute walk, then adds a standing side reach.</source>
      <translation>让你离开椅子走两分钟，然后加一个站姿侧伸展。</translation>
    </message>
    <message>
      <source>Standard desk break</source>
      <translation>标准办公休息</translation>
    </message>
    <message>
      <source>Starts with a short walk, then works through easy stretches for the neck, upper back, chest and lower back before a far look.</source>
      <translation>先短暂散步，然后依次做脖子、上背部、胸部和下背部的轻松拉伸，最后看看远处。</translation>
    </message>
    <message>
      <source>Long-sit reset</source>
      <translation>久坐后的放松</translation>
    </message>
    <message>
      <source>Opens with a longer walk to break up a long sit, then works through standing stretches and ends with a few calm breaths.</source>
      <translation>以较长的散步开始，打断长时间的久坐，然后做站姿拉伸，最后做几次平静的呼吸。</translation>
    </message>
    <message>
      <source>More than two hours in one go is a long time to sit. A few shorter breaks along the way usually feel easier than one big one.</source>
      <translation>一口气坐两个多小时是很长的时间。中途几次短休息，通常比一次长休息更轻松。</translation>
    </message>
    <message>
      <source>Walk, then a quick shoulder rub</source>
      <translation>散步，然后快速揉揉肩</translation>
    </message>
    <message>
      <source>A two-minute walk side by side, then one of you gives the other a short, gentle rub across the upper back and shoulders, and the receiver ends with a shoulder-blade squeeze.</source>
      <translation>两人并肩散步两分钟，然后一人为另一人轻柔地揉一揉上背部和肩膀，接受者最后做一次夹肩胛骨。</translation>
    </message>
    <message>
      <source>Walk, then back rubs in turn</source>
      <translation>散步，然后轮流揉背</translation>
    </message>
    <message>
      <source>After an easy walk together, you take turns giving each other a gentle back and shoulder rub, then finish with a chest stretch side by side.</source>
      <translation>一起轻松散步后，轮流为对方轻柔地揉背和肩膀，最后并排做一次胸部拉伸。</translation>
    </message>
    <message>
      <source>Long walk, then back rubs in turn</source>
      <translation>长距离散步，然后轮流揉背</translation>
    </message>
    <message>
      <source>A longer walk and a standing stretch get you both out of your chairs, then each of you gets a back and shoulder rub in turn, ending with a chin glide.</source>
      <translation>较长的散步和一个站姿拉伸让你们都离开椅子，然后轮流接受背部和肩部按摩，最后做一次收下巴。</translation>
    </message>
    <message>
      <source>Two hours or more is a long spell in a chair. Shorter breaks earlier on tend to be easier to fit in, whether together or alone.</source>
      <translation>两个小时或更久，在椅子上算是很长一段时间了。早一点的短休息更容易安排，不论是一起还是独自。</translation>
    </message>
    <message>
      <source>Chin glide</source>
      <translation>收下巴</translation>
    </message>
    <message>
      <source>A small backward slide of the head that lets the back of the neck lengthen.</source>
      <translation>头部向后轻轻平移，让后颈舒展。</translation>
    </message>
    <message>
      <source>Keep the movement small; the chin stays level throughout.</source>
      <translation>动作幅度要小；下巴始终保持水平。</translation>
    </message>
    <message>
      <source>Stop if you get dizzy, a headache or tingling in an arm.</source>
      <translation>如果感到头晕、头痛或手臂刺痛，请停下。</translation>
    </message>
    <message>
      <source>Close view of a person sitting tall, seen from the side, head level on a dotted eye-line with the neck leaning slightly forward; an arrow points backwards at chin level and the back of the neck is highlighted.</source>
      <translation>近景：一个人坐直，从侧面看，头部在一条虚线视平线上，脖子略向前倾；下巴高度处有一个向后的箭头，后颈被突出显示。</translation>
    </message>
    <message>
      <source>The head has slid straight back over the shoulders, the neck now upright and the eyes still on the same level line, no nodding; the back of the neck is highlighted.</source>
      <translation>头部已沿直线向后移到肩膀正上方，脖子现在竖直，眼睛仍在同一水平线上，没有点头；后颈被突出显示。</translation>
    </message>
    <message>
      <source>Sit or stand tall and look straight ahead.</source>
      <translation>坐直或站直，目视前方。</translation>
    </message>
    <message>
      <source>Slide your head straight back, hold three seconds, then ease it forward. 5 times.</source>
      <translation>把头向后平移，保持三秒，再慢慢回到前面。做 5 次。</translation>
    </message>
    <message>
      <source>Let your head rest in the middle and relax your shoulders.</source>
      <translation>让头回到中间，放松肩膀。</translation>
    </message>
    <message>
      <source>Ear to shoulder</source>
      <translation>耳朵靠向肩膀</translation>
    </message>
    <message>
      <source>Tips one ear towards its shoulder for a mild pull along the opposite side of the neck.</source>
      <translation>把一侧耳朵向同侧肩膀倾斜，轻轻拉伸脖子的另一侧。</translation>
    </message>
    <message>
      <source>Let the head tip under its own weight; do not pull on it with your hand.</source>
      <translation>让头靠自身重量倾斜，不要用手去拉。</translation>
    </message>
    <message>
      <source>Stop if tingling runs down into your arm.</source>
      <translation>如果刺痛感向下传到手臂，请停下。</translation>
    </message>
    <message>
      <source>Close view of a person sitting upright, seen from the front, right hand holding the edge of the seat and left hand on the left knee; the right side of the neck is highlighted.</source>
      <translation>近景：一个人坐直，从正面看，右手抓住座椅边缘，左手放在左膝上；脖子右侧被突出显示。</translation>
    </message>
    <message>
      <source>The head tips well over towards the left shoulder with the nose still facing forward while the right hand keeps hold of the seat; a curved arrow runs from the head towards the shoulder and the right side of the neck is highlighted.</source>
      <translation>头部明显倒向左肩，鼻子仍朝前，右手继续抓住座椅；一条弧形箭头从头部指向肩膀，脖子右侧被突出显示。</translation>
    </message>
    <message>
      <source>Grip the side of your seat with your {side} hand so that shoulder stays down.</source>
      <translation>用{side}手抓住座椅侧边，让这一侧的肩膀保持下沉。</translation>
    </message>
    <message>
      <source>Tip your head away until the {side} side of your neck feels a gentle pull; hold 20 seconds.</source>
      <translation>把头向另一侧倾斜，直到脖子{side}侧感到轻微拉伸；保持 20 秒。</translation>
    </message>
    <message>
      <source>Bring your head slowly back up to the middle.</source>
      <translation>慢慢把头抬回中间。</translation>
    </message>
    <message>
      <source>Look over each shoulder</source>
      <translation>分别看向两侧肩膀后方</translation>
    </message>
    <message>
      <source>Slow turns of the head to one side and then the other, keeping the chin level and the shoulders still.</source>
      <translation>慢慢把头转向一侧，再转向另一侧，下巴保持水平，肩膀不动。</translation>
    </message>
    <message>
      <source>Turn slowly and only as far as feels easy.</source>
      <translation>慢慢转，只转到感觉轻松的位置。</translation>
    </message>
    <message>
      <source>If you get dizzy or your sight blurs, stop.</source>
      <translation>如果感到头晕或视线模糊，请停下。</translation>
    </message>
    <message>
      <source>Close view of a seated person's head and shoulders, seen from the front, facing forward with both ears and both eyes showing, and a small view from above with the nose pointing ahead; the left side of the neck is highlighted.</source>
      <translation>近景：一个坐着的人的头和肩膀，从正面看，面向前方，两只耳朵和两只眼睛都看得见；另有一个俯视小图，鼻子指向前方；脖子左侧被突出显示。</translation>
    </message>
    <message>
      <source>The head has turned to look over the right shoulder and shows its profile, nose and chin at its edge, while the shoulders stay square; a curved arrow runs around the head and the view from above shows the nose pointing over the shoulder; the left side of the neck is highlighted.</source>
      <translation>头部已转向右肩方向，露出侧脸，鼻子和下巴在轮廓边缘，肩膀保持端正；一条弧形箭头绕着头部，俯视小图中鼻子指向肩膀上方；脖子左侧被突出显示。</translation>
    </message>
    <message>
      <source>Sit or stand tall, shoulders settled and chin level.</source>
      <translation>坐直或站直，肩膀放松，下巴保持水平。</translation>
    </message>
    <message>
      <source>Turn your head slowly towards your {side} shoulder, rest three seconds, then come back. 3 times.</source>
      <translation>慢慢把头转向{side}肩，停三秒，再转回来。做 3 次。</translation>
    </message>
    <message>
      <source>Shoulder rolls</source>
      <translation>肩膀绕圈</translation>
    </message>
    <message>
      <source>Slow shoulder circles and a final shrug and drop to let the tops of the shoulders relax.</source>
      <translation>慢慢让肩膀画圈，最后耸肩再放下，让肩膀顶部放松。</translation>
    </message>
    <message>
      <source>Keep your neck soft while the shoulders move.</source>
      <translation>肩膀活动时，脖子保持放松。</translation>
    </message>
    <message>
      <source>If part of the circle pinches, make it smaller or skip that part.</source>
      <translation>如果绕圈的某一段有夹痛感，就把圈画小一些或跳过那一段。</translation>
    </message>
    <message>
      <source>Person sitting on a chair, seen from the side, shoulders relaxed and arms hanging loose at the sides; a circular arrow loops around the shoulder and the tops of the shoulders are highlighted.</source>
      <translation>一个人坐在椅子上，从侧面看，肩膀放松，手臂自然垂在身体两侧；一个环形箭头绕着肩膀，肩膀顶部被突出显示。</translation>
    </message>
    <message>
      <source>The shoulders are drawn up towards the ears and slightly back, the hanging arms rising with them; the tops of the shoulders are highlighted.</source>
      <translation>肩膀向耳朵方向耸起并稍向后，下垂的手臂随之抬起；肩膀顶部被突出显示。</translation>
    </message>
    <message>
      <source>Let your arms hang and roll both shoulders up, back and down. 4 times.</source>
      <translation>让手臂自然下垂，两侧肩膀向上、向后、向下绕圈。做 4 次。</translation>
    </message>
    <message>
      <source>Now roll them the other way: up, forward and down. 4 times.</source>
      <translation>现在反方向绕：向上、向前、向下。做 4 次。</translation>
    </message>
    <message>
      <source>Breathe out and let your shoulders drop.</source>
      <translation>呼气，让肩膀沉下来。</translation>
    </message>
    <message>
      <source>Shoulder-blade squeeze</source>
      <translation>夹肩胛骨</translation>
    </message>
    <message>
      <source>Draws the shoulder blades back and down to wake up the muscles between them.</source>
      <translation>把肩胛骨向后、向下收拢，唤醒两块肩胛骨之间的肌肉。</translation>
    </message>
    <message>
      <source>Keep breathing through each squeeze.</source>
      <translation>每次收紧时保持呼吸。</translation>
    </message>
    <message>
      <source>It should feel like muscles working, never like pain.</source>
      <translation>应该只感到肌肉在用力，绝不应该感到疼痛。</translation>
    </message>
    <message>
      <source>Upper body seen from behind, elbows bent at the sides with the hands pointing forward; the area between the shoulder blades is highlighted.</source>
      <translation>从背后看的上半身，手肘在身体两侧弯曲，双手指向前方；两块肩胛骨之间的区域被突出显示。</translation>
    </message>
    <message>
      <source>The shoulder blades are drawn together and the hands have turned outwards, with two arrows pointing inwards; the area between the shoulder blades is highlighted.</source>
      <translation>两块肩胛骨向中间收拢，双手向外转开，两个箭头指向内侧；两块肩胛骨之间的区域被突出显示。</translation>
    </message>
    <message>
      <source>Sit tall with your elbows bent and tucked in at your sides, palms up.</source>
      <translation>坐直，手肘弯曲并贴在身体两侧，掌心向上。</translation>
    </message>
    <message>
      <source>Draw your shoulder blades back and down, hold five seconds, then let go slowly. 6 times.</source>
      <translation>把肩胛骨向后、向下收拢，保持五秒，再慢慢放松。做 6 次。</translation>
    </message>
    <message>
      <source>Arm across the chest</source>
      <translation>手臂横过胸前</translation>
    </message>
    <message>
      <source>Draws one arm across the body to stretch the back of that shoulder.</source>
      <translation>把一只手臂横拉过身体，拉伸这一侧肩膀的后部。</translation>
    </message>
    <message>
      <source>Your grip goes on the upper arm, above the elbow, never on the joint.</source>
      <translation>手要握在上臂、手肘上方，不要握在关节上。</translation>
    </message>
    <message>
      <source>If the front of the shoulder pinches, let the arm sit a little lower.</source>
      <translation>如果肩膀前侧有夹痛感，就把手臂放低一点。</translation>
    </message>
    <message>
      <source>Person sitting upright, seen from the front, right arm held across the chest just below shoulder height with the left hand holding it just above the elbow; the back of the right shoulder is highlighted.</source>
      <translation>一个人坐直，从正面看，右臂横在胸前、略低于肩膀高度，左手在手肘上方扶住它；右肩后部被突出显示。</translation>
    </message>
    <message>
      <source>The left hand has drawn the right arm further across and closer to the chest while the trunk keeps facing forward, shown by a short arrow; the back of the right shoulder is highlighted.</source>
      <translation>左手把右臂拉得更靠近胸前，躯干仍朝前，用一个短箭头表示；右肩后部被突出显示。</translation>
    </message>
    <message>
      <source>Bring your {side} arm across your chest, level with your shoulder or a little lower.</source>
      <translation>把{side}臂横过胸前，与肩同高或稍低。</translation>
    </message>
    <message>
      <source>Hold it above the elbow with your other hand and draw it gently in; hold 20 seconds.</source>
      <translation>用另一只手在手肘上方扶住，轻轻往里拉；保持 20 秒。</translation>
    </message>
    <message>
      <source>Let go and lower the arm slowly.</source>
      <translation>松开手，慢慢放下手臂。</translation>
    </message>
    <message>
      <source>Reach forward and round</source>
      <translation>向前伸展，背部拱圆</translation>
    </message>
    <message>
      <source>Pushes the hands forward and lets the upper back curve so the shoulder blades spread apart.</source>
      <translation>双手向前推，让上背部拱起，使两块肩胛骨分开。</translation>
    </message>
    <message>
      <source>The curve happens in the upper back; keep your lower back where it is.</source>
      <translation>弯曲发生在上背部；下背部保持原位。</translation>
    </message>
    <message>
      <source>Person sitting on a chair, seen from the side, hands clasped in front of the chest with the palms turned away; the area between the shoulder blades is highlighted.</source>
      <translation>一个人坐在椅子上，从侧面看，双手在胸前交握，掌心朝外；两块肩胛骨之间的区域被突出显示。</translation>
    </message>
    <message>
      <source>The arms push forward at chest height while the upper back rounds and the chin dips, with the low back still upright, shown by a forward arrow and a curved arrow along the upper back; the area between the shoulder blades is highlighted.</source>
      <translation>双臂在胸口高度向前推，上背部拱圆，下巴微低，下背部仍然竖直，用一个向前的箭头和沿上背部的弧形箭头表示；两块肩胛骨之间的区域被突出显示。</translation>
    </message>
    <message>
      <source>Lace your fingers in front of your chest, palms turned away from you.</source>
      <translation>在胸前十指交叉，掌心朝外。</translation>
    </message>
    <message>
      <source>Press your hands forward and let your upper back round; hold 15 seconds, then ease back. 2 times.</source>
      <translation>双手向前推，让上背部拱起；保持 15 秒，再慢慢回来。做 2 次。</translation>
    </message>
    <message>
      <source>Unlace your fingers and sit tall again.</source>
      <translation>松开手指，重新坐直。</translation>
    </message>
    <message>
      <source>Chest opener at the seat edge</source>
      <translation>坐在椅子前沿打开胸口</translation>
    </message>
    <message>
      <source>Raises the chest and eases the shoulders back to open the front of the chest without leaving the chair.</source>
      <translation>不离开椅子，抬起胸口、肩膀向后放松，打开胸前。</translation>
    </message>
    <message>
      <source>Keep your chin level rather than tipping the head back.</source>
      <translation>下巴保持水平，不要把头向后仰。</translation>
    </message>
    <message>
      <source>Lift through the chest, not by arching the lower back.</source>
      <translation>从胸口向上抬，而不是靠拱起下背部。</translation>
    </message>
    <message>
      <source>Person sitting near the front of the seat, seen from the side, well clear of the backrest, a little slumped with the arms hanging just behind the hips; the chest and front of the shoulder are highlighted.</source>
      <translation>一个人坐在座椅前部，从侧面看，远离靠背，身体略微塌着，手臂垂在臀部稍后方；胸部和肩膀前侧被突出显示。</translation>
    </message>
    <message>
      <source>The breastbone lifts forward and the shoulders draw back and down with the chin level, shown by an upward-forward arrow at the chest; the chest and front of the shoulder are highlighted.</source>
      <translation>胸骨向前上方抬起，肩膀向后、向下收，下巴保持水平，用胸前一个向前上方的箭头表示；胸部和肩膀前侧被突出显示。</translation>
    </message>
    <message>
      <source>Sit at the front of your seat, feet flat, hands low behind you with the palms forward.</source>
      <translation>坐在椅子前沿，双脚平放，双手放在身后低处，掌心朝前。</translation>
    </message>
    <message>
      <source>Ease your shoulders back and lift your chest; hold ten seconds, then relax. 3 times.</source>
      <translation>肩膀慢慢向后，抬起胸口；保持十秒，再放松。做 3 次。</translation>
    </message>
    <message>
      <source>Wall chest stretch</source>
      <translation>靠墙胸部拉伸</translation>
    </message>
    <message>
      <source>Uses a wall or door frame to open the front of the chest and shoulder, one arm at a time.</source>
      <translation>借助墙壁或门框，一次一侧地打开胸前和肩膀。</translation>
    </message>
    <message>
      <source>Keep your elbow level with your shoulder or a little lower.</source>
      <translation>手肘保持与肩同高或稍低。</translation>
    </message>
    <message>
      <source>Skip this one if your shoulder has dislocated before or feels loose.</source>
      <translation>如果你的肩膀曾经脱臼或感觉松动，请跳过这个动作。</translation>
    </message>
    <message>
      <source>Stop if your hand starts to tingle.</source>
      <translation>如果手开始刺痛，请停下。</translation>
    </message>
    <message>
      <source>Person standing side-on to a wall, seen at an angle from the front and a little above, feet together, right forearm upright against the wall with the elbow just below a dashed shoulder-height line; the right side of the chest and front of the shoulder are highlighted.</source>
      <translation>一个人侧身站在墙边，从斜前上方看，双脚并拢，右前臂竖直贴墙，手肘略低于一条虚线表示的肩高线；胸部右侧和肩膀前侧被突出显示。</translation>
    </message>
    <message>
      <source>The right foot has stepped forward and the chest and head have turned away from the wall, towards the viewer, while the forearm stays where it was on the wall, shown by a curved arrow around the trunk; the right side of the chest and front of the shoulder are highlighted.</source>
      <translation>右脚向前迈一步，胸口和头部转离墙面、朝向观看者，前臂仍留在墙上原处，用一条绕躯干的弧形箭头表示；胸部右侧和肩膀前侧被突出显示。</translation>
    </message>
    <message>
      <source>Stand side-on to a wall, {side} forearm flat on it, elbow no higher than your shoulder.</source>
      <translation>侧身站在墙边，{side}前臂平贴墙面，手肘不高于肩膀。</translation>
    </message>
    <message>
      <source>Step your {side} foot forward and turn your chest gently away from the wall.</source>
      <translation>{side}脚向前迈一步，胸口轻轻转离墙面。</translation>
    </message>
    <message>
      <source>Hold 20 seconds where the chest and the front of the shoulder feel a mild stretch.</source>
      <translation>在胸部和肩膀前侧感到轻微拉伸的位置保持 20 秒。</translation>
    </message>
    <message>
      <source>Turn back towards the wall and lower your arm.</source>
      <translation>转回面向墙面，放下手臂。</translation>
    </message>
    <message>
      <source>Seated trunk turn</source>
      <translation>坐姿转体</translation>
    </message>
    <message>
      <source>Rotates the chest and head while the hips keep facing the front, to move the middle and upper back.</source>
      <translation>胸口和头部转动，臀部保持朝前，活动中背部和上背部。</translation>
    </message>
    <message>
      <source>On a swivel chair, keep both feet firmly planted, or use a chair that does not turn.</source>
      <translation>如果是转椅，请双脚稳稳踩地，或者换一把不会转动的椅子。</translation>
    </message>
    <message>
      <source>Let your trunk do the turning; don't pull yourself round with your arms.</source>
      <translation>让躯干来完成转动；不要用手臂把自己拉过去。</translation>
    </message>
    <message>
      <source>Osteoporosis? Make only a small rotation, and get your clinician's go-ahead first.</source>
      <translation>有骨质疏松？只做小幅度转动，并先征得医生同意。</translation>
    </message>
    <message>
      <source>Person sitting on a fixed chair, seen at an angle from the front and a little above, feet flat and arms folded across the chest with each hand on the opposite shoulder; the middle of the trunk is highlighted.</source>
      <translation>一个人坐在固定的椅子上，从斜前上方看，双脚平放，双臂交叉抱在胸前，双手各搭在对侧肩膀上；躯干中部被突出显示。</translation>
    </message>
    <message>
      <source>The chest, the folded arms and the head have turned to the right while the hips and knees still face forward, shown by a curved arrow around the trunk; the middle of the trunk is highlighted.</source>
      <translation>胸口、交叉的双臂和头部已转向右侧，臀部和膝盖仍朝前，用一条绕躯干的弧形箭头表示；躯干中部被突出显示。</translation>
    </message>
    <message>
      <source>Sit tall, feet flat and hip-width apart, arms folded across your chest.</source>
      <translation>坐直，双脚平放、与髋同宽，双臂交叉抱在胸前。</translation>
    </message>
    <message>
      <source>Breathe out and turn your chest and head to the {side}, hips facing forward.</source>
      <translation>呼气，把胸口和头部转向{side}侧，臀部保持朝前。</translation>
    </message>
    <message>
      <source>Hold 15 seconds, only as far as is comfortable, and keep breathing.</source>
      <translation>保持 15 秒，只转到舒适的程度，并保持呼吸。</translation>
    </message>
    <message>
      <source>Turn slowly back to face the front.</source>
      <translation>慢慢转回正前方。</translation>
    </message>
    <message>
      <source>Side reach overhead</source>
      <translation>举臂侧伸展</translation>
    </message>
    <message>
      <source>A standing reach up and over that lengthens one side of the trunk at a time.</source>
      <translation>站着向上再向侧面伸展，一次拉长躯干的一侧。</translation>
    </message>
    <message>
      <source>Move smoothly, without bouncing at the end of the reach.</source>
      <translation>动作要平顺，伸展到末端时不要弹动。</translation>
    </message>
    <message>
      <source>Come back up if you feel a pinch in your back.</source>
      <translation>如果背部有夹痛感，请回到直立。</translation>
    </message>
    <message>
      <source>Person standing, seen from the front, right arm raised straight overhead; the right side of the trunk is highlighted.</source>
      <translation>一个人站着，从正面看，右臂笔直举过头顶；躯干右侧被突出显示。</translation>
    </message>
    <message>
      <source>The trunk bends to the left with the right arm arching over the head, following a long curved arrow; the right side of the trunk is highlighted.</source>
      <translation>躯干向左侧弯，右臂在头顶上方成弧形，沿着一条长弧形箭头；躯干右侧被突出显示。</translation>
    </message>
    <message>
      <source>Stand with feet hip-width apart, knees soft, and lift your {side} arm overhead.</source>
      <translation>双脚与髋同宽站立，膝盖微屈，把{side}臂举过头顶。</translation>
    </message>
    <message>
      <source>Reach up and over so your {side} side lengthens; hold 20 seconds, chest facing forward.</source>
      <translation>向上再向另一侧伸展，让{side}侧身体拉长；保持 20 秒，胸口朝前。</translation>
    </message>
    <message>
      <source>Come back upright and lower your arm.</source>
      <translation>回到直立，放下手臂。</translation>
    </message>
    <message>
      <source>Knee to chest, seated</source>
      <translation>坐姿抱膝</translation>
    </message>
    <message>
      <source>Draws one knee up towards the chest for a gentle stretch in the lower back and buttock.</source>
      <translation>把一侧膝盖向胸口抬起，轻轻拉伸下背部和臀部。</translation>
    </message>
    <message>
      <source>Leave it out if you have movement precautions after a hip replacement, or if it hurts your knee.</source>
      <translation>如果你髋关节置换后有活动限制，或这个动作让膝盖疼，请不要做。</translation>
    </message>
    <message>
      <source>Keep your back long; bringing the knee up matters more than folding forward to meet it.</source>
      <translation>背部保持舒展；把膝盖抬起来比弯腰去够膝盖更重要。</translation>
    </message>
    <message>
      <source>Person sitting tall near the front of a chair, seen from the side, right knee lifted with both hands holding the back of the thigh; the low back and buttock are highlighted.</source>
      <translation>一个人坐直在椅子前部，从侧面看，右膝抬起，双手抱住大腿后侧；下背部和臀部被突出显示。</translation>
    </message>
    <message>
      <source>The hands have drawn the right knee towards the chest while the back stays long, shown by a short arrow towards the chest; the low back and buttock are highlighted.</source>
      <translation>双手把右膝拉向胸口，背部保持舒展，用一个指向胸口的短箭头表示；下背部和臀部被突出显示。</translation>
    </message>
    <message>
      <source>Sit tall near the front of your chair.</source>
      <translation>坐直在椅子前部。</translation>
    </message>
    <message>
      <source>Lift your {side} knee and hold behind the thigh, not over the kneecap.</source>
      <translation>抬起{side}膝，双手抱住大腿后侧，不要压在膝盖骨上。</translation>
    </message>
    <message>
      <source>Draw the knee gently towards your chest; hold 15 seconds with your back long.</source>
      <translation>把膝盖轻轻拉向胸口；背部舒展，保持 15 秒。</translation>
    </message>
    <message>
      <source>Lower your foot back to the floor.</source>
      <translation>把脚放回地面。</translation>
    </message>
    <message>
      <source>Standing back bend</source>
      <translation>站姿后仰</translation>
    </message>
    <message>
      <source>A small, gentle lean backwards that bends the lower back the opposite way to sitting.</source>
      <translation>小幅度、轻柔地向后仰，让下背部朝与坐姿相反的方向弯曲。</translation>
    </message>
    <message>
      <source>Keep the lean small.</source>
      <translation>后仰幅度要小。</translation>
    </message>
    <message>
      <source>Stop if pain spreads into a leg or you feel light-headed.</source>
      <translation>如果疼痛扩散到腿部或感到头晕，请停下。</translation>
    </message>
    <message>
      <source>Some backs do not like bending backwards; skip it if it brings on your usual symptoms.</source>
      <translation>有些人的背部不喜欢后仰；如果它引起你平常的不适，请跳过。</translation>
    </message>
    <message>
      <source>Person standing upright, seen from the side, palms on the back of the hips with fingers pointing down; the low back is highlighted.</source>
      <translation>一个人直立站着，从侧面看，双手掌心贴在臀部后方，手指朝下；下背部被突出显示。</translation>
    </message>
    <message>
      <source>The person leans back slightly over the hands, hips a little forward and eyes ahead, following a small backward arrow; the low back is highlighted.</source>
      <translation>这个人靠着双手稍向后仰，臀部略向前，眼睛看前方，沿着一个小的向后箭头；下背部被突出显示。</translation>
    </message>
    <message>
      <source>Stand with your feet hip-width apart, hands on the back of your hips.</source>
      <translation>双脚与髋同宽站立，双手放在臀部后方。</translation>
    </message>
    <message>
      <source>Eyes ahead, lean back a little over your hands, pause, then come upright. 5 times.</source>
      <translation>眼看前方，靠着双手稍稍后仰，停一下，再回到直立。做 5 次。</translation>
    </message>
    <message>
      <source>Let your arms relax by your sides.</source>
      <translation>手臂放松垂在身体两侧。</translation>
    </message>
    <message>
      <source>Figure-4 hip stretch</source>
      <translation>“4”字臀部拉伸</translation>
    </message>
    <message>
      <source>Rests one ankle on the other knee and tips forward slightly to stretch the buttock and outer hip.</source>
      <translation>把一侧脚踝搭在另一侧膝盖上，身体稍向前倾，拉伸臀部和髋部外侧。</translation>
    </message>
    <message>
      <source>Leave it out if you have movement precautions after a hip replacement, or if your knee complains.</source>
      <translation>如果你髋关节置换后有活动限制，或膝盖不舒服，请不要做。</translation>
    </message>
    <message>
      <source>Let the knee drop by itself; never push it down.</source>
      <translation>让膝盖自然下落；绝不要往下压。</translation>
    </message>
    <message>
      <source>Person sitting tall on a chair, seen from the front, a little to the left and above: the left foot flat on the floor, the right ankle resting on the left knee and the right knee dropped out to the side, the hands resting on the right shin; the outer right hip is highlighted.</source>
      <translation>一个人坐直在椅子上，从左前上方看：左脚平放在地上，右脚踝搭在左膝上，右膝向外侧落下，双手放在右小腿上；右髋外侧被突出显示。</translation>
    </message>
    <message>
      <source>The person tips forward from the hips with the back long, shown by a forward arrow by the chest; the outer right hip is highlighted.</source>
      <translation>这个人背部舒展，从髋部向前倾，用胸前一个向前的箭头表示；右髋外侧被突出显示。</translation>
    </message>
    <message>
      <source>Sit tall near the front of the seat with both feet on the floor.</source>
      <translation>坐直在座椅前部，双脚踩在地上。</translation>
    </message>
    <message>
      <source>Cross your {side} ankle over the other knee and let that knee drop open.</source>
      <translation>把{side}脚踝搭在另一侧膝盖上，让这一侧膝盖自然向外打开。</translation>
    </message>
    <message>
      <source>Hinge forward a little, back long; hold 20 seconds as your {side} buttock stretches.</source>
      <translation>背部舒展，稍稍向前倾；在{side}侧臀部感到拉伸时保持 20 秒。</translation>
    </message>
    <message>
      <source>Sit up, uncross your legs and put both feet flat.</source>
      <translation>坐直，放下交叉的腿，双脚平放。</translation>
    </message>
    <message>
      <source>Hip-front stretch at the desk</source>
      <translation>桌边髋部前侧拉伸</translation>
    </message>
    <message>
      <source>A split-stance stretch for the front of the hip, which stays folded the whole time you sit.</source>
      <translation>前后分腿站立，拉伸坐着时一直处于弯折状态的髋部前侧。</translation>
    </message>
    <message>
      <source>Hold on to something steady, such as the desk.</source>
      <translation>扶住稳固的东西，比如桌子。</translation>
    </message>
    <message>
      <source>Keep your front knee above your ankle and your back from arching.</source>
      <translation>前膝保持在脚踝正上方，背部不要拱起。</translation>
    </message>
    <message>
      <source>Person in a split stance holding a desk, seen from the side, left foot forward and right foot back with the heel up; the front of the right hip is highlighted.</source>
      <translation>一个人前后分腿站立扶着桌子，从侧面看，左脚在前，右脚在后、脚跟抬起；右髋前侧被突出显示。</translation>
    </message>
    <message>
      <source>The hips have shifted forward and a little lower with the tailbone tucked and the front knee bent, shown by a forward arrow at hip level; the front of the right hip is highlighted.</source>
      <translation>髋部向前、稍向下移动，尾骨内收，前膝弯曲，用髋部高度一个向前的箭头表示；右髋前侧被突出显示。</translation>
    </message>
    <message>
      <source>With one hand on the desk, step your {side} foot back, heel off the floor.</source>
      <translation>一只手扶着桌子，{side}脚向后退一步，脚跟离地。</translation>
    </message>
    <message>
      <source>Tuck your tailbone under a little and soften your front knee.</source>
      <translation>尾骨稍稍内收，前膝微屈。</translation>
    </message>
    <message>
      <source>Shift forward until the front of your {side} hip stretches; hold 20 seconds.</source>
      <translation>身体向前移，直到{side}髋前侧感到拉伸；保持 20 秒。</translation>
    </message>
    <message>
      <source>Bring your feet back together.</source>
      <translation>把双脚收回并拢。</translation>
    </message>
    <message>
      <source>Calf stretch</source>
      <translation>小腿拉伸</translation>
    </message>
    <message>
      <source>Leaning into a wall or desk to stretch the calf of the back leg.</source>
      <translation>身体倚向墙壁或桌子，拉伸后腿的小腿。</translation>
    </message>
    <message>
      <source>Keep the back heel on the floor.</source>
      <translation>后脚跟保持踩在地上。</translation>
    </message>
    <message>
      <source>Stop if you feel pain at the back of the heel or ankle.</source>
      <translation>如果脚跟后方或脚踝感到疼痛，请停下。</translation>
    </message>
    <message>
      <source>Person standing upright facing a wall, seen from the side, both hands on the wall with the arms almost straight, right leg stepped back with the heel down; the right calf is highlighted.</source>
      <translation>一个人面对墙直立，从侧面看，双手扶墙、手臂几乎伸直，右腿向后一步、脚跟着地；右小腿被突出显示。</translation>
    </message>
    <message>
      <source>The person leans in towards the wall with the elbows and the front knee bent and the back heel still down, following a curved arrow; the right calf is highlighted.</source>
      <translation>这个人向墙壁倚过去，手肘和前膝弯曲，后脚跟仍着地，沿着一条弧形箭头；右小腿被突出显示。</translation>
    </message>
    <message>
      <source>Face a wall or your desk, hands on it, and step your {side} foot back, heel down.</source>
      <translation>面对墙壁或桌子，双手扶住，{side}脚向后退一步，脚跟着地。</translation>
    </message>
    <message>
      <source>Bend your front knee and lean in, back leg straight; hold 20 seconds.</source>
      <translation>前膝弯曲，身体向前倚，后腿伸直；保持 20 秒。</translation>
    </message>
    <message>
      <source>Step your feet back together.</source>
      <translation>双脚收回并拢。</translation>
    </message>
    <message>
      <source>Foot pumps and ankle circles</source>
      <translation>勾脚和脚踝绕圈</translation>
    </message>
    <message>
      <source>Slow up-and-down foot movements and circles that keep the ankles and calves moving while you sit.</source>
      <translation>坐着慢慢上下勾绷脚和绕圈，让脚踝和小腿保持活动。</translation>
    </message>
    <message>
      <source>Keep the movements slow and within a range that feels easy.</source>
      <translation>动作放慢，保持在感觉轻松的范围内。</translation>
    </message>
    <message>
      <source>Close view of the legs of a seated person, seen from the side, right leg stretched out in front with the toes pointed away and just touching the floor; the right calf and ankle are highlighted.</source>
      <translation>近景：一个坐着的人的双腿，从侧面看，右腿伸向前方，脚尖绷直、刚好碰到地面；右小腿和脚踝被突出显示。</translation>
    </message>
    <message>
      <source>The knee bends a little, the heel rests on the floor and the toes are pulled back up towards the shin, shown by a double-headed curved arrow at the ankle; the right calf and ankle are highlighted.</source>
      <translation>膝盖稍微弯曲，脚跟落在地上，脚尖向上勾向小腿，用脚踝处一个双向弧形箭头表示；右小腿和脚踝被突出显示。</translation>
    </message>
    <message>
      <source>Sit tall and slide your {side} foot a little forward.</source>
      <translation>坐直，把{side}脚稍微向前伸。</translation>
    </message>
    <message>
      <source>Point your toes away, then draw them back up towards your shin. 8 times.</source>
      <translation>脚尖向前绷，再向上勾回小腿方向。做 8 次。</translation>
    </message>
    <message>
      <source>Draw slow circles with your {side} foot, one way and then the other.</source>
      <translation>用{side}脚慢慢画圈，先一个方向，再换另一个方向。</translation>
    </message>
    <message>
      <source>Palm-side forearm stretch</source>
      <translation>前臂掌侧拉伸</translation>
    </message>
    <message>
      <source>Draws the hand back to stretch the palm side of the forearm after typing or mouse work.</source>
      <translation>打字或用鼠标后，把手向后扳，拉伸前臂的掌侧。</translation>
    </message>
    <message>
      <source>Press on the palm rather than pulling on the fingertips.</source>
      <translation>按在手掌上，而不是拉指尖。</translation>
    </message>
    <message>
      <source>Ease off if your fingers feel numb or tingly, and tell a clinician if it happens often.</source>
      <translation>如果手指感到麻木或刺痛，请放轻；如果经常这样，请告诉医生。</translation>
    </message>
    <message>
      <source>Close view of a seated person reaching the right arm forward with the fingers up and the palm facing away, the other hand still resting on the thigh; the underside of the forearm is highlighted.</source>
      <translation>近景：一个坐着的人把右臂向前伸，手指朝上，掌心朝外，另一只手仍放在大腿上；前臂内侧被突出显示。</translation>
    </message>
    <message>
      <source>The other hand has come up onto the palm and draws the hand and fingers back towards the body, shown by a curved arrow at the wrist; the underside of the forearm is highlighted.</source>
      <translation>另一只手抬起放在手掌上，把手掌和手指向身体方向扳回，用手腕处一个弧形箭头表示；前臂内侧被突出显示。</translation>
    </message>
    <message>
      <source>Hold your {side} arm out in front, elbow soft, palm facing away and fingers up.</source>
      <translation>把{side}臂向前伸，手肘放松，掌心朝外，手指朝上。</translation>
    </message>
    <message>
      <source>With your other hand on the palm, ease the fingers back towards you.</source>
      <translation>另一只手放在掌心上，把手指轻轻向自己扳回。</translation>
    </message>
    <message>
      <source>Hold 15 seconds while the inside of your {side} forearm stretches.</source>
      <translation>在{side}前臂内侧感到拉伸时保持 15 秒。</translation>
    </message>
    <message>
      <source>Back-of-forearm stretch</source>
      <translation>前臂背侧拉伸</translation>
    </message>
    <message>
      <source>Folds the wrist down to stretch the top of the forearm after typing or mouse work.</source>
      <translation>打字或用鼠标后，把手腕向下弯，拉伸前臂上侧。</translation>
    </message>
    <message>
      <source>Apply light pressure to the back of the hand, not the fingers.</source>
      <translation>轻轻压在手背上，而不是手指上。</translation>
    </message>
    <message>
      <source>Close view of a seated person reaching the right arm forward, palm down with the fingers pointing to the floor, the other hand still resting on the thigh; the top of the forearm is highlighted.</source>
      <translation>近景：一个坐着的人把右臂向前伸，掌心朝下，手指指向地面，另一只手仍放在大腿上；前臂上侧被突出显示。</translation>
    </message>
    <message>
      <source>The other hand has come up onto the back of the hand and draws it towards the body, shown by a curved arrow at the wrist; the top of the forearm is highlighted.</source>
      <translation>另一只手抬起放在手背上，把它向身体方向拉，用手腕处一个弧形箭头表示；前臂上侧被突出显示。</translation>
    </message>
    <message>
      <source>Hold your {side} arm out in front, palm down, fingers pointing to the floor.</source>
      <translation>把{side}臂向前伸，掌心朝下，手指指向地面。</translation>
    </message>
    <message>
      <source>Rest your other hand on the back of it and draw it gently towards you.</source>
      <translation>另一只手放在手背上，把它轻轻向自己拉。</translation>
    </message>
    <message>
      <source>Hold 15 seconds while the top of your {side} forearm stretches.</source>
      <translation>在{side}前臂上侧感到拉伸时保持 15 秒。</translation>
    </message>
    <message>
      <source>Finger spread and soft fist</source>
      <translation>张开手指和轻握拳</translation>
    </message>
    <message>
      <source>Opens the fingers wide and closes them into a loose fist, a few times over, then shakes the hands out.</source>
      <translation>把手指大大张开，再轻轻握成拳，重复几次，然后甩甩手。</translation>
    </message>
    <message>
      <source>Close the hand gently; there is no need to squeeze hard.</source>
      <translation>轻轻握拳即可，不需要用力握紧。</translation>
    </message>
    <message>
      <source>Close view of a right hand seen from the palm side with the fingers and thumb spread wide, with small curved arrows at the sides; the hand is highlighted.</source>
      <translation>近景：从掌心一侧看的右手，手指和拇指大大张开，两侧有小的弧形箭头；手被突出显示。</translation>
    </message>
    <message>
      <source>The fingers are curled into a soft fist with the thumb lying across the outside of the fingers; the hand is highlighted.</source>
      <translation>手指蜷成一个松松的拳，拇指横在手指外侧；手被突出显示。</translation>
    </message>
    <message>
      <source>Spread your fingers wide for three seconds, then close a soft fist for three. 5 times.</source>
      <translation>手指大大张开三秒，再轻轻握拳三秒。做 5 次。</translation>
    </message>
    <message>
      <source>Let your hands go loose and give them a gentle shake.</source>
      <translation>让双手放松，轻轻甩一甩。</translation>
    </message>
    <message>
      <source>Far look (20-20-20)</source>
      <translation>看远处（20-20-20）</translation>
    </message>
    <message>
      <source>Rests your focus on something far away for about 20 seconds, with a few full blinks.</source>
      <translation>把视线停在远处的东西上约 20 秒，并充分眨几次眼。</translation>
    </message>
    <message>
      <source>If eye pain, redness or blurred vision does not go away, see an eye care professional.</source>
      <translation>如果眼睛疼痛、发红或视线模糊一直不消退，请去看眼科专业人员。</translation>
    </message>
    <message>
      <source>Person sitting at a desk, seen from the side, leaning in towards the monitor with the hands resting on the desk, looking at the screen along a short dashed sight-line; the eyes are highlighted.</source>
      <translation>一个人坐在桌前，从侧面看，身体前倾靠近显示器，双手放在桌上，沿着一条短虚线视线看着屏幕；眼睛被突出显示。</translation>
    </message>
    <message>
      <source>The person sits back in the chair with the hands resting in the lap and the head lifted, looking past the monitor to a distant window along a long dashed sight-line; the eyes are highlighted.</source>
      <translation>这个人靠回椅子，双手放在腿上，抬起头，越过显示器沿着一条长虚线视线看向远处的窗户；眼睛被突出显示。</translation>
    </message>
    <message>
      <source>Find something at least 6 metres (20 feet) away, like a window or the far wall.</source>
      <translation>找一个至少 6 米（20 英尺）外的东西，比如窗户或远处的墙。</translation>
    </message>
    <message>
      <source>Rest your eyes on it for 20 seconds, blinking fully now and then.</source>
      <translation>让眼睛停在它上面 20 秒，不时充分地眨眨眼。</translation>
    </message>
    <message>
      <source>Eyes closed, slow breaths</source>
      <translation>闭眼慢呼吸</translation>
    </message>
    <message>
      <source>A quiet pause with your eyes shut and a few slow, easy breaths.</source>
      <translation>闭上眼睛安静片刻，做几次缓慢、轻松的呼吸。</translation>
    </message>
    <message>
      <source>Do not press on your eyes.</source>
      <translation>不要按压眼睛。</translation>
    </message>
    <message>
      <source>If you wear contact lenses, avoid rubbing your eyes.</source>
      <translation>如果你戴隐形眼镜，请避免揉眼睛。</translation>
    </message>
    <message>
      <source>Person sitting on a chair, seen from the front, eyes closed and hands resting on the knees, with a small breathing wave on the chest; the eyes are highlighted.</source>
      <translation>一个人坐在椅子上，从正面看，闭着眼睛，双手放在膝盖上，胸前有一条小的呼吸波纹；眼睛被突出显示。</translation>
    </message>
    <message>
      <source>The palms are cupped in front of the closed eyes without pressing on them, with the breathing wave on the chest; the eyes are highlighted.</source>
      <translation>双手掌心弓起罩在闭着的眼睛前面，不压到眼睛，胸前有呼吸波纹；眼睛被突出显示。</translation>
    </message>
    <message>
      <source>Close your eyes; you can cup your hands over them, palms off the eyes.</source>
      <translation>闭上眼睛；可以用双手轻轻罩住眼睛，掌心不要碰到眼睛。</translation>
    </message>
    <message>
      <source>Breathe in for four, out for six. 4 times.</source>
      <translation>吸气数四下，呼气数六下。做 4 次。</translation>
    </message>
    <message>
      <source>Lower your hands, open your eyes slowly and blink a few times.</source>
      <translation>放下双手，慢慢睁开眼睛，眨几下。</translation>
    </message>
    <message>
      <source>Walk or march on the spot</source>
      <translation>散步或原地踏步</translation>
    </message>
    <message>
      <source>An easy walk, or marching in place, to get you out of the chair and moving.</source>
      <translation>轻松地走一走，或原地踏步，让你离开椅子活动起来。</translation>
    </message>
    <message>
      <source>Look out for cables and other trip hazards.</source>
      <translation>注意脚下的电线和其他容易绊倒的东西。</translation>
    </message>
    <message>
      <source>Keep the pace easy; you should be able to talk as you go.</source>
      <translation>保持轻松的步调；边走边能说话就好。</translation>
    </message>
    <message>
      <source>Person walking, seen from the side, the left foot landing heel first in front while the right foot pushes off from its toes behind and the right arm swings forward, with an arrow pointing forward at the feet; the whole figure is softly highlighted.</source>
      <translation>一个人在走路，从侧面看，左脚在前脚跟先着地，右脚在后用脚尖蹬地，右臂向前摆，脚边有一个向前的箭头；整个人物被柔和地突出显示。</translation>
    </message>
    <message>
      <source>The next moment of the stride: standing on the straight left leg, the right knee swings through lifted in front, the left arm swinging forward and the right arm back, with the forward arrow at the feet; the whole figure is softly highlighted.</source>
      <translation>步伐的下一刻：左腿伸直站立，右膝向前抬起摆过，左臂向前、右臂向后摆，脚边有向前的箭头；整个人物被柔和地突出显示。</translation>
    </message>
    <message>
      <source>Stand up and set off at a relaxed pace, or march in place at your desk.</source>
      <translation>站起来，以放松的步调出发，或者在桌边原地踏步。</translation>
    </message>
    <message>
      <source>Fill a glass of water, go to a window, loop the room or take the stairs.</source>
      <translation>去倒杯水、走到窗边、在房间里绕一圈，或者走走楼梯。</translation>
    </message>
    <message>
      <source>Keep it easy enough that you could chat as you go.</source>
      <translation>保持轻松，轻松到可以边走边聊天。</translation>
    </message>
    <message>
      <source>Make your way back to your desk when the time is up.</source>
      <translation>时间到了就慢慢走回桌前。</translation>
    </message>
    <message>
      <source>Sit-to-stand</source>
      <translation>坐下站起</translation>
    </message>
    <message>
      <source>Standing up from a steady chair and sitting back down, several times in a row.</source>
      <translation>从稳固的椅子上站起来再坐下，连续做几次。</translation>
    </message>
    <message>
      <source>Use a chair that cannot roll, or lock its wheels.</source>
      <translation>使用不会滑动的椅子，或锁住椅子轮子。</translation>
    </message>
    <message>
      <source>Push off with your hands whenever you need to.</source>
      <translation>需要时随时用手撑一下。</translation>
    </message>
    <message>
      <source>Leave this one out if your knees hurt.</source>
      <translation>如果膝盖疼，请跳过这个动作。</translation>
    </message>
    <message>
      <source>Person sitting at the front edge of a chair without wheels, seen from the side, leaning forward with the arms reaching ahead and the feet slightly behind the knees; an arrow points up from the hips and the thighs and buttocks are highlighted.</source>
      <translation>一个人坐在没有轮子的椅子前沿，从侧面看，身体前倾，手臂向前伸，双脚略在膝盖后方；一个箭头从髋部向上，大腿和臀部被突出显示。</translation>
    </message>
    <message>
      <source>The same person standing tall in front of the chair; the thighs and buttocks are highlighted.</source>
      <translation>同一个人在椅子前站直；大腿和臀部被突出显示。</translation>
    </message>
    <message>
      <source>Sit at the front of a steady chair, feet hip-width apart and a little behind your knees.</source>
      <translation>坐在稳固椅子的前部，双脚与髋同宽，略在膝盖后方。</translation>
    </message>
    <message>
      <source>Lean forward, stand up tall, then lower yourself slowly back down. 8 times.</source>
      <translation>身体前倾，站直，再慢慢坐回去。做 8 次。</translation>
    </message>
    <message>
      <source>Finish on your feet, ready for the next move.</source>
      <translation>最后站着结束，准备好做下一个动作。</translation>
    </message>
    <message>
      <source>Chair-back arch</source>
      <translation>靠椅背伸展</translation>
    </message>
    <message>
      <source>Uses the top of a firm backrest as a pivot for a small backward arch of the upper back, the opposite of hunching.</source>
      <translation>以结实靠背的顶部为支点，让上背部小幅向后伸展，与含胸驼背相反。</translation>
    </message>
    <message>
      <source>Only use a steady chair whose firm backrest does not tip or recline.</source>
      <translation>只使用稳固、靠背结实、不会倾倒或后仰的椅子。</translation>
    </message>
    <message>
      <source>Your hands just cradle your head; don't pull on your neck.</source>
      <translation>双手只是托住头部；不要拉扯脖子。</translation>
    </message>
    <message>
      <source>Not for anyone whose spine has fractured because of osteoporosis; stop if it hurts.</source>
      <translation>如果曾因骨质疏松导致脊椎骨折，请不要做；如有疼痛请停下。</translation>
    </message>
    <message>
      <source>Person sitting back on a chair, seen from the side, backrest top just below the shoulder blades and hands clasped behind the head with the elbows forward; the upper back is highlighted.</source>
      <translation>一个人靠坐在椅子上，从侧面看，靠背顶部刚好在肩胛骨下方，双手在脑后交握，手肘朝前；上背部被突出显示。</translation>
    </message>
    <message>
      <source>The upper back arches gently over the top of the backrest and the eyes look slightly up while the low back stays against the chair, shown by a curved arrow over the backrest; the upper back is highlighted.</source>
      <translation>上背部在靠背顶部上方轻轻向后伸展，眼睛稍向上看，下背部仍贴着椅子，用靠背上方一条弧形箭头表示；上背部被突出显示。</translation>
    </message>
    <message>
      <source>Sit back so the top of the chair is under your shoulder blades, hands behind your head.</source>
      <translation>向后坐，让椅背顶部位于肩胛骨下方，双手放在脑后。</translation>
    </message>
    <message>
      <source>Breathing out, arch your upper back over the chair, pause, then come back. 5 times.</source>
      <translation>呼气时，让上背部越过椅背向后伸展，停一下，再回来。做 5 次。</translation>
    </message>
    <message>
      <source>Lower your hands to your lap and bring your head level.</source>
      <translation>把双手放回腿上，头部回到水平。</translation>
    </message>
    <message>
      <source>Check-in and set-up</source>
      <translation>确认和准备</translation>
    </message>
    <message>
      <source>Asks for consent, runs the short health check, agrees the stop words and settles the receiver before any rubbing starts.</source>
      <translation>在开始按摩之前，先征求同意，做简短的健康确认，约定停止用语，并让接受者坐好。</translation>
    </message>
    <message>
      <source>Either of you can end the session at any moment, and the Stop button stays on screen throughout.</source>
      <translation>你们任何一人都可以随时结束，“停止”按钮始终显示在屏幕上。</translation>
    </message>
    <message>
      <source>Givers: keep your nails short and take off rings and watches before you start.</source>
      <translation>按摩者：开始前请把指甲剪短，摘下戒指和手表。</translation>
    </message>
    <message>
      <source>Use a chair without wheels; never have the receiver lie face down with you kneeling or sitting on them.</source>
      <translation>使用没有轮子的椅子；绝不要让接受者趴着而你跪在或坐在对方身上。</translation>
    </message>
    <message>
      <source>A giver, drawn in lighter lines, stands behind a person sitting on a chair without wheels, seen from a three-quarter angle; an empty speech bubble and a small dial shape float beside them.</source>
      <translation>一位用浅色线条画出的按摩者站在一个坐在无轮椅子上的人身后，从四分之三角度看；旁边飘着一个空白的对话气泡和一个小刻度盘图形。</translation>
    </message>
    <message>
      <source>Both of the giver's palms now lie flat and light on the seated person's shoulder blades.</source>
      <translation>按摩者的双手掌心现在平平地、轻轻地放在坐着的人的肩胛骨上。</translation>
    </message>
    <message>
      <source>Agree on your three words: lighter, good and stop.</source>
      <translation>约定三个词：轻一点、正好、停。</translation>
    </message>
    <message>
      <source>Set out a steady chair without wheels and a cushion on the desk to lean on.</source>
      <translation>准备一把稳固、没有轮子的椅子，在桌上放一个靠垫用来倚靠。</translation>
    </message>
    <message>
      <source>Rest both palms softly on the shoulder blades so the first touch doesn't startle.</source>
      <translation>把双手掌心轻轻放在肩胛骨上，让第一下接触不会吓到对方。</translation>
    </message>
    <message>
      <source>Palm strokes beside the spine</source>
      <translation>沿脊柱两侧的掌推</translation>
    </message>
    <message>
      <source>Slow, flat-handed strokes down the two strips of muscle either side of the spine, leaving the spine itself untouched.</source>
      <translation>用平掌沿着脊柱两侧的两条肌肉慢慢向下推，脊柱本身完全不碰。</translation>
    </message>
    <message>
      <source>Keep a finger's width of space over the spine so its bony bumps are never pressed.</source>
      <translation>在脊柱上方留出一指宽的空隙，绝不按压脊柱上凸起的骨头。</translation>
    </message>
    <message>
      <source>Below the lowest ribs, go feather-light (1–2) and keep off the soft sides of the waist altogether.</source>
      <translation>最下面的肋骨以下要轻如羽毛（1–2），完全避开腰两侧的柔软部位。</translation>
    </message>
    <message>
      <source>Ask for a number after the second stroke.</source>
      <translation>推完第二下后，问一个数字。</translation>
    </message>
    <message>
      <source>Seen from behind, over the giver's own arms: a person sits leaning forward with the forearms resting on a desk; the giver's flat palms rest high on the back, fingertips up, one each side of the spine; the two muscle strips beside the spine are highlighted, and the spine and the soft sides below the ribs are hatched as no-go areas.</source>
      <translation>从背后越过按摩者的手臂看：一个人身体前倾坐着，前臂放在桌上；按摩者的平掌放在背部高处，指尖朝上，脊柱两侧各一只手；脊柱旁的两条肌肉被突出显示，脊柱和肋骨下方的柔软两侧用斜线标为禁止区域。</translation>
    </message>
    <message>
      <source>The palms have glided down to the lowest ribs, following two downward arrows that run side by side next to the spine; the muscle strips are highlighted and the spine and lower sides stay hatched.</source>
      <translation>双掌沿着脊柱旁并排的两个向下箭头滑到最下面的肋骨处；肌肉被突出显示，脊柱和下方两侧仍用斜线标出。</translation>
    </message>
    <message>
      <source>Lay both palms flat high on the back, fingertips up, one either side of the spine.</source>
      <translation>双掌平放在背部高处，指尖朝上，脊柱两侧各一只。</translation>
    </message>
    <message>
      <source>Glide slowly down to the lowest ribs, then return lightly. 7 times.</source>
      <translation>慢慢向下滑到最下面的肋骨，再轻轻回到上方。做 7 次。</translation>
    </message>
    <message>
      <source>Last stroke: feather-light to the waistband, off the soft sides of the waist.</source>
      <translation>最后一下：轻如羽毛地滑到腰带处，避开腰两侧的柔软部位。</translation>
    </message>
    <message>
      <source>Upper-back palm circles</source>
      <translation>上背部掌心画圈</translation>
    </message>
    <message>
      <source>Slow circles with a flat palm over the muscle around each shoulder blade, one side at a time.</source>
      <translation>用平掌在每块肩胛骨周围的肌肉上慢慢画圈，一次一侧。</translation>
    </message>
    <message>
      <source>There is no need to warm the skin up: stop when the time is over, or sooner if the skin turns very red.</source>
      <translation>不需要把皮肤搓热：时间到就停，如果皮肤变得很红就提前停。</translation>
    </message>
    <message>
      <source>Circle over the muscle around the blade; keep off the bony ridge along its top.</source>
      <translation>在肩胛骨周围的肌肉上画圈；避开肩胛骨上缘那道骨头。</translation>
    </message>
    <message>
      <source>Seen from behind, over the giver's arm: a person sits leaning forward on a desk; the giver's flat palm lies low on the right upper back, over the muscle around the shoulder blade, inside a circular arrow; the bony ridge of the blade is hatched as a no-go area.</source>
      <translation>从背后越过按摩者的手臂看：一个人身体前倾靠在桌上；按摩者的平掌放在右上背部较低处，在肩胛骨周围的肌肉上，位于一个环形箭头内；肩胛骨的骨脊用斜线标为禁止区域。</translation>
    </message>
    <message>
      <source>The palm has travelled round the circle, up and out over the muscle around the shoulder blade; the blade's ridge stays hatched.</source>
      <translation>手掌沿着圆圈移动，向上、向外经过肩胛骨周围的肌肉；肩胛骨的骨脊仍用斜线标出。</translation>
    </message>
    <message>
      <source>Lay your whole palm flat on the {side} upper back, over the muscle of the shoulder blade.</source>
      <translation>把整个手掌平放在{side}上背部、肩胛骨的肌肉上。</translation>
    </message>
    <message>
      <source>Circle slowly, one every two seconds, moving the skin with your palm. 8 times.</source>
      <translation>慢慢画圈，每两秒一圈，让手掌带动皮肤。做 8 次。</translation>
    </message>
    <message>
      <source>Drift round the edge of the shoulder blade, off its bony ridge, then lift away.</source>
      <translation>沿着肩胛骨边缘绕一圈，避开它的骨脊，然后把手拿开。</translation>
    </message>
    <message>
      <source>Leaning palm press</source>
      <translation>倚身掌压</translation>
    </message>
    <message>
      <source>Broad, slow presses with both flat hands beside the spine, the weight coming from the giver leaning in rather than from the thumbs.</source>
      <translation>双手平掌在脊柱两侧做宽而慢的按压，力量来自按摩者身体前倾，而不是拇指。</translation>
    </message>
    <message>
      <source>This takes the place of standing or walking on someone's back, which we never suggest: your hands can feel the load and ease it at once.</source>
      <translation>这个动作代替站或走在别人背上——我们从不建议那样做：你的双手能感觉到力度，并能立刻减轻。</translation>
    </message>
    <message>
      <source>Build up slowly and never go past 5 on the scale.</source>
      <translation>慢慢加力，绝不超过 5 级。</translation>
    </message>
    <message>
      <source>Go no lower than the last ribs, and never onto the spine.</source>
      <translation>不要低于最下面的肋骨，也绝不要压在脊柱上。</translation>
    </message>
    <message>
      <source>Receivers can end it straight away just by sitting up.</source>
      <translation>接受者只要坐直，就能立刻结束。</translation>
    </message>
    <message>
      <source>Side view of a person sitting and leaning forward onto a cushion on a desk, with a giver standing upright behind, palms on the upper back; an inset from behind shows the palms either side of the spine, with the spine and lower ribs hatched as no-go areas.</source>
      <translation>侧视图：一个人坐着向前倚在桌上的靠垫上，按摩者直立站在身后，手掌放在上背部；从背后看的小图显示双掌在脊柱两侧，脊柱和下部肋骨用斜线标为禁止区域。</translation>
    </message>
    <message>
      <source>The giver leans in with straight arms, shown by an arrow from the chest down the arms and small pulse marks under the palms; the muscle strip beside the spine is highlighted.</source>
      <translation>按摩者伸直手臂向前倾，用一个从胸口沿手臂向下的箭头和掌下的小脉冲标记表示；脊柱旁的肌肉被突出显示。</translation>
    </message>
    <message>
      <source>Lean forward onto the cushion, forearms resting; sit up whenever you want it to end.</source>
      <translation>向前倚在靠垫上，前臂放松；想结束时随时坐直。</translation>
    </message>
    <message>
      <source>Set your flat palms high on the back, one either side of the spine.</source>
      <translation>双掌平放在背部高处，脊柱两侧各一只。</translation>
    </message>
    <message>
      <source>Lean gently, elbows soft: ease in as they breathe out, hold a moment, ease off, move a hand lower. 6 times.</source>
      <translation>轻轻前倾，手肘放松：对方呼气时慢慢加力，停一会儿，再放松，手往下移一点。做 6 次。</translation>
    </message>
    <message>
      <source>At the lowest ribs, lift off and let your hands rest.</source>
      <translation>到最下面的肋骨时，把手拿开，让双手休息。</translation>
    </message>
    <message>
      <source>Kneading the shoulder tops</source>
      <translation>揉捏肩膀顶部</translation>
    </message>
    <message>
      <source>Whole-hand squeezes of the thick muscle along the top of each shoulder, like working soft dough.</source>
      <translation>用整只手揉捏每侧肩膀顶部厚实的肌肉，就像揉一团软面团。</translation>
    </message>
    <message>
      <source>Use the whole hand; never nip the skin with your fingertips or twist it.</source>
      <translation>用整只手；绝不要用指尖掐或拧皮肤。</translation>
    </message>
    <message>
      <source>Keep well clear of the neck's front and sides and of the hollow above the collarbone.</source>
      <translation>远离脖子的前面和两侧，以及锁骨上方的凹陷处。</translation>
    </message>
    <message>
      <source>Shoulder tops are often tender, so ask early and go lighter if needed.</source>
      <translation>肩膀顶部常常比较敏感，所以早点询问，需要时就放轻。</translation>
    </message>
    <message>
      <source>Seen from behind, over the giver's arms: the giver's hands rest over the tops of a seated person's shoulders, thumbs behind; the shoulder-top muscle is highlighted and the neck is hatched as a no-go area.</source>
      <translation>从背后越过按摩者的手臂看：按摩者的双手搭在坐着的人的肩膀顶部，拇指在后；肩膀顶部的肌肉被突出显示，脖子用斜线标为禁止区域。</translation>
    </message>
    <message>
      <source>The right hand closes gently on the shoulder-top muscle and lifts it a touch, shown by a small upward arrow, while the left hand has moved out towards the tip of the shoulder; the neck stays hatched.</source>
      <translation>右手轻轻握住肩膀顶部的肌肉并稍稍提起，用一个小的向上箭头表示，左手已向肩膀外端移动；脖子仍用斜线标出。</translation>
    </message>
    <message>
      <source>Rest a hand on each shoulder top, thumb behind; keep off the neck and the hollow above the collarbone.</source>
      <translation>双手分别搭在两侧肩膀顶部，拇指在后；避开脖子和锁骨上方的凹陷处。</translation>
    </message>
    <message>
      <source>Close fingers and heel of the hand gently on the muscle, lift a touch, let go. 10 times.</source>
      <translation>手指和掌根轻轻握住肌肉，稍稍提起，再松开。做 10 次。</translation>
    </message>
    <message>
      <source>Work out towards the tip of the shoulder and back, staying off the bone.</source>
      <translation>向肩膀外端移动再回来，避开骨头。</translation>
    </message>
    <message>
      <source>Soft-fist rolling</source>
      <translation>松拳滚压</translation>
    </message>
    <message>
      <source>Loose fists roll slowly down the muscle beside the spine, using the flat of the fingers rather than the knuckles.</source>
      <translation>松松的拳头沿脊柱旁的肌肉慢慢向下滚，用手指平的部分而不是指关节。</translation>
    </message>
    <message>
      <source>The flat middle part of the fingers touches the back, never the knuckle points.</source>
      <translation>接触背部的是手指中段平的部分，绝不是指关节的尖端。</translation>
    </message>
    <message>
      <source>Keep to the muscle: stay off the spine, the ridge of the shoulder blade and the soft sides under the ribs.</source>
      <translation>只在肌肉上：避开脊柱、肩胛骨的骨脊和肋骨下方的柔软两侧。</translation>
    </message>
    <message>
      <source>Seen from behind, over the giver's arms: a person sits leaning forward on a desk; the giver's two loose fists rest either side of the spine at shoulder-blade level; an inset shows the flat middle part of the fingers touching the back, not the knuckles, and the spine is hatched as a no-go area.</source>
      <translation>从背后越过按摩者的手臂看：一个人身体前倾靠在桌上；按摩者的两个松拳放在脊柱两侧、肩胛骨高度；小图显示接触背部的是手指中段平的部分而不是指关节，脊柱用斜线标为禁止区域。</translation>
    </message>
    <message>
      <source>The fists have rolled lower, towards the bottom of the ribs, following downward rolling arrows; the muscle strips beside the spine are highlighted and the spine stays hatched.</source>
      <translation>拳头沿着向下滚动的箭头滚到更低处，接近肋骨下缘；脊柱旁的肌肉被突出显示，脊柱仍用斜线标出。</translation>
    </message>
    <message>
      <source>Make loose fists so the flat middle of your fingers, not the knuckles, meets the back.</source>
      <translation>轻轻握拳，让手指中段平的部分而不是指关节接触背部。</translation>
    </message>
    <message>
      <source>Start with a fist either side of the spine, level with the shoulder blades.</source>
      <translation>从脊柱两侧、与肩胛骨齐平的位置开始，各放一个拳头。</translation>
    </message>
    <message>
      <source>Roll gently down the muscle to the lowest ribs, lift off, start again at the top. 6 times.</source>
      <translation>沿着肌肉轻轻向下滚到最下面的肋骨，拿开，再从上面开始。做 6 次。</translation>
    </message>
    <message>
      <source>Holding tender spots</source>
      <translation>按住紧绷点</translation>
    </message>
    <message>
      <source>Still, steady presses on spots in the muscle that the receiver says feel tight, each held for a few seconds as they breathe out.</source>
      <translation>在接受者说感觉紧的肌肉点上静止、稳定地按压，每个点在对方呼气时保持几秒。</translation>
    </message>
    <message>
      <source>The receiver chooses the spots and sets the pressure, up to 5 at most.</source>
      <translation>由接受者选择位置并决定力度，最多到 5。</translation>
    </message>
    <message>
      <source>Choose spots in muscle only, a thumb's width or more out from the centre line of the back.</source>
      <translation>只选肌肉上的点，离背部中线至少一个拇指宽。</translation>
    </message>
    <message>
      <source>Work with the soft pad of your thumb, or two fingers laid one on the other; keep the tips out of it.</source>
      <translation>用拇指柔软的指腹，或两根叠放的手指；不要用指尖。</translation>
    </message>
    <message>
      <source>Move away at once from any spot that sends a shooting or tingling feeling.</source>
      <translation>如果某个点引起放射感或刺痛感，立刻移开。</translation>
    </message>
    <message>
      <source>Seen from behind, over the giver's arm: a person sits leaning forward on a desk; the giver's thumb feels along the muscle a thumb's width from the spine, an arrow pointing up to a small circled spot; the spine is hatched as a no-go area.</source>
      <translation>从背后越过按摩者的手臂看：一个人身体前倾靠在桌上；按摩者的拇指沿着离脊柱一个拇指宽的肌肉摸索，一个箭头指向上方一个画圈的小点；脊柱用斜线标为禁止区域。</translation>
    </message>
    <message>
      <source>The thumb pad rests on the circled spot and holds still, with small pulse marks showing a steady press; the spine stays hatched.</source>
      <translation>拇指指腹停在画圈的点上保持不动，小脉冲标记表示稳定的按压；脊柱仍用斜线标出。</translation>
    </message>
    <message>
      <source>Show where it feels tight, or say "there" when the thumb finds it; up to four spots.</source>
      <translation>指出哪里感觉紧，或在拇指找到时说“就是这里”；最多四个点。</translation>
    </message>
    <message>
      <source>Check each spot is muscle, a thumb's width from the spine, not the neck or below the ribs.</source>
      <translation>确认每个点都在肌肉上、离脊柱一个拇指宽，不在脖子上，也不在肋骨下方。</translation>
    </message>
    <message>
      <source>Lean in slowly with the flat pad of your thumb, keep still a few breaths, ease off. 4 times.</source>
      <translation>用拇指平的指腹慢慢倚身加力，静止几次呼吸，再放松。做 4 次。</translation>
    </message>
    <message>
      <source>Light pats</source>
      <translation>轻拍</translation>
    </message>
    <message>
      <source>An optional, brisk finish of soft, rhythmic pats on the upper back and the tops of the shoulders.</source>
      <translation>可选的轻快收尾：在上背部和肩膀顶部轻柔、有节奏地拍打。</translation>
    </message>
    <message>
      <source>Pat only the upper-back muscle and the shoulder tops; never over the spine, on the neck, or anywhere on the lower back.</source>
      <translation>只拍上背部肌肉和肩膀顶部；绝不拍脊柱、脖子或下背部的任何地方。</translation>
    </message>
    <message>
      <source>Leave it out if your partner would rather end calmly with the closing sweep.</source>
      <translation>如果你的伙伴更想用最后的轻抚安静地结束，就跳过这一步。</translation>
    </message>
    <message>
      <source>Seen from behind, over the giver's arms: a person sits upright on a chair; the giver's cupped hands are raised beside the shoulders, arrows pointing down; the upper back and shoulder tops are highlighted and the lower back is hatched as a no-go area.</source>
      <translation>从背后越过按摩者的手臂看：一个人直坐在椅子上；按摩者弓起的双手举在肩膀旁边，箭头朝下；上背部和肩膀顶部被突出显示，下背部用斜线标为禁止区域。</translation>
    </message>
    <message>
      <source>The cupped hands touch down lightly on the upper back, with short bouncing arrows; the upper back and shoulder tops are highlighted.</source>
      <translation>弓起的双手轻轻落在上背部，带有短短的弹跳箭头；上背部和肩膀顶部被突出显示。</translation>
    </message>
    <message>
      <source>Cup your hands or make soft loose fists, and let your wrists go floppy.</source>
      <translation>双手弓起或轻轻握成松拳，让手腕放松。</translation>
    </message>
    <message>
      <source>Pat lightly in an even rhythm over the upper-back muscle and the shoulder tops.</source>
      <translation>以均匀的节奏轻拍上背部肌肉和肩膀顶部。</translation>
    </message>
    <message>
      <source>Sit-tall cue, no force</source>
      <translation>坐直提示，不用力</translation>
    </message>
    <message>
      <source>The giver's still hand marks a spot on the upper back and the receiver sits tall to meet it; nobody pushes anything.</source>
      <translation>按摩者静止的手在上背部标出一个位置，接受者坐直去贴近它；谁都不用推任何东西。</translation>
    </message>
    <message>
      <source>This stands in for pressing on the spine or 'adjusting' it, which is a job for licensed clinicians only.</source>
      <translation>这个动作代替按压脊柱或“调整”脊柱，那只应由有执照的专业人员来做。</translation>
    </message>
    <message>
      <source>As the giver, you only offer a still hand: no pushing, pulling, twisting or cracking. The receiver does all the moving.</source>
      <translation>作为按摩者，你只需提供一只静止的手：不推、不拉、不扭、不掰。所有动作都由接受者完成。</translation>
    </message>
    <message>
      <source>To keep it up alone, try the shoulder-blade squeeze, the chest opener at the seat edge and the chair-back arch.</source>
      <translation>想自己坚持练习，可以试试夹肩胛骨、坐在椅子前沿打开胸口和靠椅背伸展。</translation>
    </message>
    <message>
      <source>For hunching or posture pain that won't settle, a physiotherapist is the right person to see.</source>
      <translation>如果驼背或姿势带来的疼痛一直不缓解，应该去看物理治疗师。</translation>
    </message>
    <message>
      <source>Side view of a person sitting up straight, clear of the backrest, with a giver's open, relaxed palm resting between the shoulder blades; the upper back is highlighted.</source>
      <translation>侧视图：一个人坐直，背部离开靠背，按摩者张开、放松的手掌放在两块肩胛骨之间；上背部被突出显示。</translation>
    </message>
    <message>
      <source>The seated person lifts the chest, shown by an upward arrow from the chest, and the shoulder blades draw back into the giver's palm, which stays relaxed; the upper back is highlighted.</source>
      <translation>坐着的人抬起胸口，用一个从胸口向上的箭头表示，肩胛骨向后收向按摩者的手掌，手掌保持放松；上背部被突出显示。</translation>
    </message>
    <message>
      <source>Sit up straight, with your back clear of the chair.</source>
      <translation>坐直，背部离开椅背。</translation>
    </message>
    <message>
      <source>Lay one relaxed palm flat across the upper back, between the shoulder blades; never push.</source>
      <translation>把一只放松的手掌平放在上背部、两块肩胛骨之间；绝不要推。</translation>
    </message>
    <message>
      <source>Lift your breastbone and draw your blades back into the hand, hold three seconds, relax. 5 times.</source>
      <translation>抬起胸骨，把肩胛骨向后收向手掌，保持三秒，再放松。做 5 次。</translation>
    </message>
    <message>
      <source>Closing sweeps and rest</source>
      <translation>收尾轻抚和休息</translation>
    </message>
    <message>
      <source>A few slow, light strokes down the sides of the back, a moment of still hands, and a quick question about how it felt.</source>
      <translation>沿背部两侧慢慢、轻轻地向下抚几下，双手静止片刻，再简单问问感觉如何。</translation>
    </message>
    <message>
      <source>Keep the strokes light all the way down, especially over the soft sides of the waist.</source>
      <translation>一路向下都要轻，尤其是经过腰两侧的柔软部位时。</translation>
    </message>
    <message>
      <source>If your partner mentions any pain or tingling, open the stop-and-get-help advice.</source>
      <translation>如果你的伙伴提到任何疼痛或刺痛，请打开“停止并求助”的建议。</translation>
    </message>
    <message>
      <source>Seen from behind, over the giver's arms: a person sits upright on a chair with the giver's palms resting lightly on the shoulder blades.</source>
      <translation>从背后越过按摩者的手臂看：一个人直坐在椅子上，按摩者的手掌轻轻放在肩胛骨上。</translation>
    </message>
    <message>
      <source>The palms have swept down to the lower sides of the back, following long, light downward arrows.</source>
      <translation>手掌沿着长而轻的向下箭头，抚到背部下方两侧。</translation>
    </message>
    <message>
      <source>Stroke both palms lightly down from the shoulders along the sides of the back. 3 times.</source>
      <translation>双掌从肩膀开始，沿背部两侧轻轻向下抚。做 3 次。</translation>
    </message>
    <message>
      <source>Let your palms rest still on the shoulder blades a moment, then lift away.</source>
      <translation>让手掌在肩胛骨上静止片刻，再慢慢拿开。</translation>
    </message>
    <message>
      <source>Ask how your partner feels, and whether anything hurts or tingles.</source>
      <translation>问问你的伙伴感觉如何，有没有哪里疼或刺痛。</translation>
    </message>
    <message>
      <source>Check-in before you swap</source>
      <translation>交换前的确认</translation>
    </message>
    <message>
      <source>A short pause between turns: ask how the rub felt, then change places so the giver can receive.</source>
      <translation>轮次之间的短暂停顿：问问按摩感觉如何，然后交换位置，让按摩者也能接受按摩。</translation>
    </message>
    <message>
      <source>Lift your hands away slowly and ask how that felt.</source>
      <translation>慢慢把手拿开，问问感觉如何。</translation>
    </message>
    <message>
      <source>Say if anything felt sore or tingly; stop here if it did.</source>
      <translation>说说有没有哪里酸痛或刺痛；如果有，就到此为止。</translation>
    </message>
    <message>
      <source>Stand up, stretch your arms and change places.</source>
      <translation>站起来，伸展一下手臂，交换位置。</translation>
    </message>
    <message>
      <source>Have you hurt your neck recently, or been told by a clinician to avoid neck exercises?</source>
      <translation>你最近脖子受过伤吗？或者医生是否叮嘱过你避免颈部练习？</translation>
    </message>
    <message>
      <source>Has your shoulder ever dislocated, or does it sometimes feel as if it might slip out?</source>
      <translation>你的肩膀曾经脱臼过吗？或者有时感觉好像要滑出来？</translation>
    </message>
    <message>
      <source>Do you have back pain that spreads down into a leg?</source>
      <translation>你有背痛并向下延伸到腿部吗？</translation>
    </message>
    <message>
      <source>Has a doctor said you have osteoporosis, or have you ever had a fracture in your spine?</source>
      <translation>医生说过你有骨质疏松吗？或者你的脊椎曾经骨折过吗？</translation>
    </message>
    <message>
      <source>Have you had an operation in the last few months that still limits how you can move?</source>
      <translation>你在最近几个月做过手术，至今仍影响活动吗？</translation>
    </message>
    <message>
      <source>Do your knees hurt when you get up from a chair?</source>
      <translation>你从椅子上站起来时膝盖会疼吗？</translation>
    </message>
    <message>
      <source>Have you had a hip replacement and been given movement precautions to follow?</source>
      <translation>你做过髋关节置换，并被告知需要遵守活动限制吗？</translation>
    </message>
    <message>
      <source>Is your back, neck, shoulders or ribs still healing after an injury, a fall, an accident or an operation?</source>
      <translation>你的背部、脖子、肩膀或肋骨在受伤、跌倒、事故或手术后仍在恢复吗？</translation>
    </message>
    <message>
      <source>Have you been told your bones are fragile, for example from osteoporosis, or have you broken a bone in a minor knock?</source>
      <translation>有人告诉过你骨骼比较脆弱（例如因为骨质疏松），或者你曾在轻微碰撞中骨折过吗？</translation>
    </message>
    <message>
      <source>Do you take medicine that thins your blood, or do you tend to bruise or bleed easily?</source>
      <translation>你在服用稀释血液的药物吗？或者你容易淤青或出血吗？</translation>
    </message>
    <message>
      <source>Are you pregnant at the moment?</source>
      <translation>你现在怀孕了吗？</translation>
    </message>
    <message>
      <source>Are you feverish or unwell today, or do you have a cut, bruise, rash, sunburn or infection on your back or shoulders?</source>
      <translation>你今天发烧或身体不适吗？或者背部或肩膀上有伤口、淤青、皮疹、晒伤或感染吗？</translation>
    </message>
    <message>
      <source>Is any pain severe, getting worse or waking you up at night, or have you noticed tingling, numbness or weakness in an arm or a leg?</source>
      <translation>有没有哪里疼得很厉害、越来越重或让你夜里痛醒？或者你注意到手臂或腿部有刺痛、麻木或无力吗？</translation>
    </message>
    <message>
      <source>Are you being treated for cancer, or have you ever had a blood clot such as a DVT?</source>
      <translation>你正在接受癌症治疗吗？或者你曾经有过血栓，比如深静脉血栓？</translation>
    </message>
    <message>
      <source>Would you prefer to skip the touch today?</source>
      <translation>你今天更想跳过身体接触吗？</translation>
    </message>
    <message>
      <source>Is your back, a shoulder, a wrist or a hand sore or injured right now?</source>
      <translation>你的背部、肩膀、手腕或手现在酸痛或受伤吗？</translation>
    </message>
    <message>
      <source>Shall I give your shoulders and back a gentle rub for a few minutes? If you want me to stop at any point, just say so.</source>
      <translation>我给你的肩膀和背部轻轻揉几分钟好吗？任何时候想让我停下，说一声就好。</translation>
    </message>
    <message>
      <source>lighter</source>
      <translation>轻一点</translation>
    </message>
    <message>
      <source>good</source>
      <translation>正好</translation>
    </message>
    <message>
      <source>stop</source>
      <translation>停</translation>
    </message>
    <message>
      <source>Nothing</source>
      <translation>没有</translation>
    </message>
    <message>
      <source>No pressure at all.</source>
      <translation>完全不用力。</translation>
    </message>
    <message>
      <source>Light (1–2)</source>
      <translation>轻（1–2）</translation>
    </message>
    <message>
      <source>Gentle touch only. This is the level for pats, the closing sweeps and any area under the ribs.</source>
      <translation>只是轻轻触碰。这是轻拍、收尾轻抚和肋骨以下任何部位的力度。</translation>
    </message>
    <message>
      <source>Firm but easy (3–4)</source>
      <translation>结实但轻松（3–4）</translation>
    </message>
    <message>
      <source>The aim for most techniques: you can breathe freely and stay fully relaxed.</source>
      <translation>多数手法的目标：你可以自在呼吸，并保持完全放松。</translation>
    </message>
    <message>
      <source>Firm, still comfortable (5)</source>
      <translation>结实，仍然舒适（5）</translation>
    </message>
    <message>
      <source>The most a partner ever uses; never go past it.</source>
      <translation>伙伴之间最多只用到这里；绝不要超过。</translation>
    </message>
    <message>
      <source>Too much (6 or more)</source>
      <translation>太重（6 或以上）</translation>
    </message>
    <message>
      <source>Your body tightens, your breath stops or you flinch: lighten off at once.</source>
      <translation>身体绷紧、屏住呼吸或下意识躲开：立刻放轻。</translation>
    </message>
    <message>
      <source>Rather skip the touch today, or somewhere it wouldn't feel right? Do this break's stretch routine side by side instead; you both still get up and move.</source>
      <translation>今天更想跳过身体接触，或者有些部位不合适？那就两人并排做这次休息的拉伸练习吧；你们仍然都会站起来活动。</translation>
    </message>
    <message>
      <source>If you fancy it, have some water, then get on your feet and walk around for a minute.</source>
      <translation>如果愿意，喝点水，然后站起来走动一分钟。</translation>
    </message>
    <message>
      <source>Some next-day tenderness is possible.</source>
      <translation>第二天可能会有些轻微酸胀。</translation>
    </message>
    <message>
      <source>Get medical advice for new pain in your side or belly, or for dark urine.</source>
      <translation>如果腰侧或腹部出现新的疼痛，或尿液颜色变深，请寻求医疗建议。</translation>
    </message>
    <message>
      <source>Get medical advice for new tingling or weakness, or for soreness that is bad or still there after two days.</source>
      <translation>如果出现新的刺痛或无力，或者酸痛很严重、两天后仍未消退，请寻求医疗建议。</translation>
    </message>
    <message>
      <source>No problem: a back rub isn't the best fit today, so here is a stretch routine you can do together instead.</source>
      <translation>没关系：今天背部按摩不太合适，这里有一套你们可以一起做的拉伸练习。</translation>
    </message>
    <message>
      <source>Close view of a person sitting upright, seen from the front, left hand holding the edge of the seat and right hand on the right knee; the left side of the neck is highlighted.</source>
      <translation>近景：一个人坐直，从正面看，左手抓住座椅边缘，右手放在右膝上；脖子左侧被突出显示。</translation>
    </message>
    <message>
      <source>The head tips well over towards the right shoulder with the nose still facing forward while the left hand keeps hold of the seat; a curved arrow runs from the head towards the shoulder and the left side of the neck is highlighted.</source>
      <translation>头部明显倒向右肩，鼻子仍朝前，左手继续抓住座椅；一条弧形箭头从头部指向肩膀，脖子左侧被突出显示。</translation>
    </message>
    <message>
      <source>Close view of a seated person's head and shoulders, seen from the front, facing forward with both ears and both eyes showing, and a small view from above with the nose pointing ahead; the right side of the neck is highlighted.</source>
      <translation>近景：一个坐着的人的头和肩膀，从正面看，面向前方，两只耳朵和两只眼睛都看得见；另有一个俯视小图，鼻子指向前方；脖子右侧被突出显示。</translation>
    </message>
    <message>
      <source>The head has turned to look over the left shoulder and shows its profile, nose and chin at its edge, while the shoulders stay square; a curved arrow runs around the head and the view from above shows the nose pointing over the shoulder; the right side of the neck is highlighted.</source>
      <translation>头部已转向左肩方向，露出侧脸，鼻子和下巴在轮廓边缘，肩膀保持端正；一条弧形箭头绕着头部，俯视小图中鼻子指向肩膀上方；脖子右侧被突出显示。</translation>
    </message>
    <message>
      <source>Person sitting upright, seen from the front, left arm held across the chest just below shoulder height with the right hand holding it just above the elbow; the back of the left shoulder is highlighted.</source>
      <translation>一个人坐直，从正面看，左臂横在胸前、略低于肩膀高度，右手在手肘上方扶住它；左肩后部被突出显示。</translation>
    </message>
    <message>
      <source>The right hand has drawn the left arm further across and closer to the chest while the trunk keeps facing forward, shown by a short arrow; the back of the left shoulder is highlighted.</source>
      <translation>右手把左臂拉得更靠近胸前，躯干仍朝前，用一个短箭头表示；左肩后部被突出显示。</translation>
    </message>
    <message>
      <source>Person standing side-on to a wall, seen at an angle from the front and a little above, feet together, left forearm upright against the wall with the elbow just below a dashed shoulder-height line; the left side of the chest and front of the shoulder are highlighted.</source>
      <translation>一个人侧身站在墙边，从斜前上方看，双脚并拢，左前臂竖直贴墙，手肘略低于一条虚线表示的肩高线；胸部左侧和肩膀前侧被突出显示。</translation>
    </message>
    <message>
      <source>The left foot has stepped forward and the chest and head have turned away from the wall, towards the viewer, while the forearm stays where it was on the wall, shown by a curved arrow around the trunk; the left side of the chest and front of the shoulder are highlighted.</source>
      <translation>左脚向前迈一步，胸口和头部转离墙面、朝向观看者，前臂仍留在墙上原处，用一条绕躯干的弧形箭头表示；胸部左侧和肩膀前侧被突出显示。</translation>
    </message>
    <message>
      <source>The chest, the folded arms and the head have turned to the left while the hips and knees still face forward, shown by a curved arrow around the trunk; the middle of the trunk is highlighted.</source>
      <translation>胸口、交叉的双臂和头部已转向左侧，臀部和膝盖仍朝前，用一条绕躯干的弧形箭头表示；躯干中部被突出显示。</translation>
    </message>
    <message>
      <source>Person standing, seen from the front, left arm raised straight overhead; the left side of the trunk is highlighted.</source>
      <translation>一个人站着，从正面看，左臂笔直举过头顶；躯干左侧被突出显示。</translation>
    </message>
    <message>
      <source>The trunk bends to the right with the left arm arching over the head, following a long curved arrow; the left side of the trunk is highlighted.</source>
      <translation>躯干向右侧弯，左臂在头顶上方成弧形，沿着一条长弧形箭头；躯干左侧被突出显示。</translation>
    </message>
    <message>
      <source>Person sitting tall near the front of a chair, seen from the side, left knee lifted with both hands holding the back of the thigh; the low back and buttock are highlighted.</source>
      <translation>一个人坐直在椅子前部，从侧面看，左膝抬起，双手抱住大腿后侧；下背部和臀部被突出显示。</translation>
    </message>
    <message>
      <source>The hands have drawn the left knee towards the chest while the back stays long, shown by a short arrow towards the chest; the low back and buttock are highlighted.</source>
      <translation>双手把左膝拉向胸口，背部保持舒展，用一个指向胸口的短箭头表示；下背部和臀部被突出显示。</translation>
    </message>
    <message>
      <source>Person sitting tall on a chair, seen from the front, a little to the right and above: the right foot flat on the floor, the left ankle resting on the right knee and the left knee dropped out to the side, the hands resting on the left shin; the outer left hip is highlighted.</source>
      <translation>一个人坐直在椅子上，从右前上方看：右脚平放在地上，左脚踝搭在右膝上，左膝向外侧落下，双手放在左小腿上；左髋外侧被突出显示。</translation>
    </message>
    <message>
      <source>The person tips forward from the hips with the back long, shown by a forward arrow by the chest; the outer left hip is highlighted.</source>
      <translation>这个人背部舒展，从髋部向前倾，用胸前一个向前的箭头表示；左髋外侧被突出显示。</translation>
    </message>
    <message>
      <source>Person in a split stance holding a desk, seen from the side, right foot forward and left foot back with the heel up; the front of the left hip is highlighted.</source>
      <translation>一个人前后分腿站立扶着桌子，从侧面看，右脚在前，左脚在后、脚跟抬起；左髋前侧被突出显示。</translation>
    </message>
    <message>
      <source>The hips have shifted forward and a little lower with the tailbone tucked and the front knee bent, shown by a forward arrow at hip level; the front of the left hip is highlighted.</source>
      <translation>髋部向前、稍向下移动，尾骨内收，前膝弯曲，用髋部高度一个向前的箭头表示；左髋前侧被突出显示。</translation>
    </message>
    <message>
      <source>Person standing upright facing a wall, seen from the side, both hands on the wall with the arms almost straight, left leg stepped back with the heel down; the left calf is highlighted.</source>
      <translation>一个人面对墙直立，从侧面看，双手扶墙、手臂几乎伸直，左腿向后一步、脚跟着地；左小腿被突出显示。</translation>
    </message>
    <message>
      <source>The person leans in towards the wall with the elbows and the front knee bent and the back heel still down, following a curved arrow; the left calf is highlighted.</source>
      <translation>这个人向墙壁倚过去，手肘和前膝弯曲，后脚跟仍着地，沿着一条弧形箭头；左小腿被突出显示。</translation>
    </message>
    <message>
      <source>Close view of the legs of a seated person, seen from the side, left leg stretched out in front with the toes pointed away and just touching the floor; the left calf and ankle are highlighted.</source>
      <translation>近景：一个坐着的人的双腿，从侧面看，左腿伸向前方，脚尖绷直、刚好碰到地面；左小腿和脚踝被突出显示。</translation>
    </message>
    <message>
      <source>The knee bends a little, the heel rests on the floor and the toes are pulled back up towards the shin, shown by a double-headed curved arrow at the ankle; the left calf and ankle are highlighted.</source>
      <translation>膝盖稍微弯曲，脚跟落在地上，脚尖向上勾向小腿，用脚踝处一个双向弧形箭头表示；左小腿和脚踝被突出显示。</translation>
    </message>
    <message>
      <source>Close view of a seated person reaching the left arm forward with the fingers up and the palm facing away, the other hand still resting on the thigh; the underside of the forearm is highlighted.</source>
      <translation>近景：一个坐着的人把左臂向前伸，手指朝上，掌心朝外，另一只手仍放在大腿上；前臂内侧被突出显示。</translation>
    </message>
    <message>
      <source>Close view of a seated person reaching the left arm forward, palm down with the fingers pointing to the floor, the other hand still resting on the thigh; the top of the forearm is highlighted.</source>
      <translation>近景：一个坐着的人把左臂向前伸，掌心朝下，手指指向地面，另一只手仍放在大腿上；前臂上侧被突出显示。</translation>
    </message>
    <message>
      <source>Seen from behind, over the giver's arm: a person sits leaning forward on a desk; the giver's flat palm lies low on the left upper back, over the muscle around the shoulder blade, inside a circular arrow; the bony ridge of the blade is hatched as a no-go area.</source>
      <translation>从背后越过按摩者的手臂看：一个人身体前倾靠在桌上；按摩者的平掌放在左上背部较低处，在肩胛骨周围的肌肉上，位于一个环形箭头内；肩胛骨的骨脊用斜线标为禁止区域。</translation>
    </message>
  </context>
  <context>
    <name>chart</name>
    <message numerus="yes">
      <source>%1: %2</source>
      <translation>
        <numerusform>%1：%2</numerusform>
      </translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source>Reminders per day; arrow keys pick a day</source>
      <translation>每天的提醒次数；用方向键选择日期</translation>
    </message>
    <message>
      <source>, </source>
      <translation>，</translation>
    </message>
    <message numerus="yes">
      <source>%1 %2</source>
      <translation>
        <numerusform>%1 次%2</numerusform>
      </translation>
    </message>
    <message>
      <source>no reminders</source>
      <translation>没有提醒</translation>
    </message>
  </context>
  <context>
    <name>countdown</name>
    <message>
      <source>This step lasts %1</source>
      <translation>这一步共 %1</translation>
    </message>
    <message>
      <source>Time left in this step</source>
      <translation>这一步剩余时间</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>%1 paused</source>
      <translation>%1 已暂停</translation>
    </message>
    <message>
      <source>Paused; this step lasts %1</source>
      <translation>已暂停；这一步共 %1</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>已暂停</translation>
    </message>
  </context>
  <context>
    <name>gnome</name>
    <message>
      <source>GNOME's break reminders</source>
      <translation>GNOME 的休息提醒</translation>
    </message>
    <message>
      <source>GNOME's own break reminders are on too</source>
      <translation>GNOME 自带的休息提醒也开着</translation>
    </message>
    <message numerus="yes">
      <source>GNOME reminds you to move every %1 min, and %2 reminds you on its own schedule, so you may be reminded twice, by two different clocks.

Turn GNOME's movement reminders off? Its eyesight breaks stay as they are, and you can change this any time in GNOME Settings → Wellbeing.</source>
      <translation>
        <numerusform>GNOME 每 %1 分钟提醒你起来活动，%2 也按自己的时间表提醒你，所以你可能会被两个不同的时钟各提醒一次。

要关闭 GNOME 的活动提醒吗？它的护眼休息保持不变，你也可以随时在 GNOME 设置 → 健康（Wellbeing）中更改。</numerusform>
      </translation>
    </message>
    <message>
      <source>Turn GNOME's off</source>
      <translation>关闭 GNOME 的提醒</translation>
    </message>
    <message>
      <source>Keep both</source>
      <translation>两个都保留</translation>
    </message>
    <message>
      <source>GNOME's movement reminders could not be turned off: %1.

You can turn them off in GNOME Settings → Wellbeing.</source>
      <translation>无法关闭 GNOME 的活动提醒：%1。

你可以在 GNOME 设置 → 健康（Wellbeing）中关闭它们。</translation>
    </message>
  </context>
  <context>
    <name>history</name>
    <message>
      <source>No reminders yet today. The first one comes after a stretch of sitting; you can also start one now with “Take a break now”.</source>
      <translation>今天还没有提醒。久坐一段时间后会收到第一次提醒；你也可以通过“现在休息一下”立即开始一次休息。</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <source>How it ended</source>
      <translation>结果</translation>
    </message>
    <message>
      <source>Routine</source>
      <translation>练习</translation>
    </message>
    <message>
      <source>After sitting</source>
      <translation>休息前已坐</translation>
    </message>
    <message>
      <source>Last 7 days</source>
      <translation>最近 7 天</translation>
    </message>
    <message>
      <source>Last 14 days</source>
      <translation>最近 14 天</translation>
    </message>
    <message>
      <source>Last 4 weeks</source>
      <translation>最近 4 周</translation>
    </message>
    <message>
      <source>Your breaks – Massage Break</source>
      <translation>你的休息 – Massage Break</translation>
    </message>
    <message>
      <source>Days shown in the chart</source>
      <translation>图表中显示的天数</translation>
    </message>
    <message>
      <source>Today's reminders</source>
      <translation>今天的提醒</translation>
    </message>
    <message>
      <source>Export as CSV…</source>
      <translation>导出为 CSV…</translation>
    </message>
    <message>
      <source>Delete all history…</source>
      <translation>删除全部历史记录…</translation>
    </message>
    <message>
      <source>Delete all history?</source>
      <translation>删除全部历史记录？</translation>
    </message>
    <message>
      <source>This deletes every reminder and stretch of sitting that Massage Break has recorded. It cannot be undone. Export first if you want a copy.</source>
      <translation>这会删除 Massage Break 记录的所有提醒和久坐记录，且无法撤销。如需保留副本，请先导出。</translation>
    </message>
    <message>
      <source>Delete all history</source>
      <translation>删除全部历史记录</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>保留</translation>
    </message>
    <message numerus="yes">
      <source>Deleted %n rows of history.</source>
      <translation>
        <numerusform>已删除 %n 条历史记录。</numerusform>
      </translation>
    </message>
    <message>
      <source>Export your history</source>
      <translation>导出你的历史记录</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
      <source>Saved %n rows to %1.</source>
      <translation>
        <numerusform>已将 %n 行保存到 %1。</numerusform>
      </translation>
    </message>
    <message>
      <source>Today, %1</source>
      <translation>今天，%1</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <source>Reminders: %1</source>
      <translation>提醒：%1</translation>
    </message>
    <message numerus="yes">
      <source>%n stretch</source>
      <translation>
        <numerusform>%n 段</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n stretches</source>
      <translation>
        <numerusform>%n 段</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>At the desk today: %1 in %2, the longest %3</source>
      <translation>
        <numerusform>今天在电脑前：%1，分 %2，最长一段 %3</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Breaks taken: %1 of %2 offered (%3%).</source>
      <translation>
        <numerusform>已休息：%1 次，共提醒 %2 次（%3%）。</numerusform>
      </translation>
    </message>
    <message>
      <source>Nothing recorded in these days yet.</source>
      <translation>这几天还没有记录。</translation>
    </message>
    <message>
      <source>&lt;b&gt;Recent days&lt;/b&gt; · pick a day to list it</source>
      <translation>&lt;b&gt;最近几天&lt;/b&gt; · 选择一天查看详情</translation>
    </message>
    <message>
      <source>Could not delete the history: %1.</source>
      <translation>无法删除历史记录：%1。</translation>
    </message>
    <message numerus="yes">
      <source>Could not export to %1: %2.</source>
      <translation>
        <numerusform>无法导出到 %1：%2。</numerusform>
      </translation>
    </message>
    <message>
      <source>No reminders on this day.</source>
      <translation>这一天没有提醒。</translation>
    </message>
    <message>
      <source>No reminders yet today.</source>
      <translation>今天还没有提醒。</translation>
    </message>
    <message>
      <source>Longest sitting before a reminder: %1</source>
      <translation>提醒前最长的久坐：%1</translation>
    </message>
    <message>
      <source>on average %1 before a break you took</source>
      <translation>你接受的休息前平均坐了 %1</translation>
    </message>
    <message>
      <source>No sitting measured today yet.</source>
      <translation>今天还没有测到久坐。</translation>
    </message>
    <message>
      <source>The history could not be read: %1</source>
      <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <source> · </source>
      <translation> · </translation>
    </message>
  </context>
  <context>
    <name>i18n</name>
    <message>
      <source>System language</source>
      <translation>跟随系统语言</translation>
    </message>
  </context>
  <context>
    <name>illustration</name>
    <message>
      <source>Illustration</source>
      <translation>插图</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>There is no tray icon on this desktop. On GNOME, the “AppIndicator and KStatusNotifierItem Support” extension adds one; on other desktops, add the panel’s system tray (status notifier) applet.</source>
      <translation>此桌面上没有托盘图标。在 GNOME 上，“AppIndicator and KStatusNotifierItem Support”扩展可以添加托盘图标；在其他桌面上，请在面板中添加系统托盘（状态通知）小部件。</translation>
    </message>
    <message>
      <source>Closing this window keeps Massage Break running in the background. Start Massage Break again (from the app grid or a launcher) to bring this window back.</source>
      <translation>关闭此窗口后，Massage Break 会继续在后台运行。再次启动 Massage Break（从应用程序网格或启动器）即可重新打开此窗口。</translation>
    </message>
    <message>
      <source>Next break around %1</source>
      <translation>下次休息约在 %1</translation>
    </message>
  </context>
  <context>
    <name>notice</name>
    <message>
      <source>Your break history could not be read, so a new one was started. The old file was kept as %1.</source>
      <translation>无法读取你的休息历史记录，已开始新的记录。旧文件已保留为 %1。</translation>
    </message>
    <message numerus="yes">
      <source>Your break history cannot be saved (%1), so breaks are not recorded until this is fixed. The file %2 was left as it is.</source>
      <translation>
        <numerusform>无法保存你的休息历史记录（%1），在问题解决之前不会记录休息。文件 %2 保持原样。</numerusform>
      </translation>
    </message>
    <message>
      <source>Some settings were out of range and were reset: %1</source>
      <translation>部分设置超出范围，已重置：%1</translation>
    </message>
    <message>
      <source>Your settings could not be read (%1); using defaults.</source>
      <translation>无法读取你的设置（%1），正在使用默认设置。</translation>
    </message>
    <message>
      <source>Your settings file was written by a newer version of Massage Break (%1). It is used as far as possible and will not be overwritten.</source>
      <translation>你的设置文件由更新版本的 Massage Break 写入（%1）。会尽量使用其中的设置，且不会覆盖该文件。</translation>
    </message>
    <message>
      <source>Your settings file could not be read, so the defaults are in use. The old file was kept as %1.</source>
      <translation>无法读取你的设置文件，正在使用默认设置。旧文件已保留为 %1。</translation>
    </message>
    <message>
      <source>Your settings file could not be read, so the defaults are in use. It could not be moved aside (%1) and was left as it is.</source>
      <translation>无法读取你的设置文件，正在使用默认设置。该文件无法移到一旁（%1），已保持原样。</translation>
    </message>
    <message>
      <source>The saved pause could not be read, so reminders start unpaused. The old file was kept as %1.</source>
      <translation>无法读取已保存的暂停状态，提醒将正常开始。旧文件已保留为 %1。</translation>
    </message>
  </context>
  <context>
    <name>notify</name>
    <message>
      <source>Click to start.</source>
      <translation>点击开始。</translation>
    </message>
    <message>
      <source>Or choose “%1” in the tray menu.</source>
      <translation>也可以在托盘菜单中选择“%1”。</translation>
    </message>
    <message>
      <source>Click to join.</source>
      <translation>点击加入。</translation>
    </message>
  </context>
  <context>
    <name>partner</name>
    <message>
      <source>Words to use at any time: %1. “Stop” always means stop at once.</source>
      <translation>随时可用的词：%1。“停”永远意味着立刻停下。</translation>
    </message>
    <message numerus="yes">
      <source>%1 is more than a partner should ever use: %2 is the most. Pick %3 or less.</source>
      <translation>
        <numerusform>%1 超出了伙伴按摩应有的力度：最多 %2。请选 %3 或更轻。</numerusform>
      </translation>
    </message>
    <message>
      <source>“%1”</source>
      <translation>“%1”</translation>
    </message>
    <message numerus="yes">
      <source>%1 is light. Fine for sweeps; most strokes feel best at %2-%3.</source>
      <translation>
        <numerusform>%1 偏轻。适合轻抚；多数手法在 %2-%3 时感觉最好。</numerusform>
      </translation>
    </message>
    <message>
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <source>%1: yes</source>
      <translation>%1：是</translation>
    </message>
    <message>
      <source>%1: no</source>
      <translation>%1：否</translation>
    </message>
    <message>
      <source>Before you start: ask, and wait for a clear yes</source>
      <translation>开始之前：先询问，等对方明确说“好”</translation>
    </message>
    <message>
      <source>%1: I asked out loud, and I stop the moment I hear “stop”</source>
      <translation>%1：我已大声询问，一听到“停”就立刻停下</translation>
    </message>
    <message>
      <source>%1: I said a clear yes</source>
      <translation>%1：我明确说了“好”</translation>
    </message>
    <message>
      <source>No touch today: stretch side by side</source>
      <translation>今天不做按摩：一起并排拉伸</translation>
    </message>
    <message>
      <source>We both said yes: continue</source>
      <translation>我们都说了“好”：继续</translation>
    </message>
    <message>
      <source>Your private questions</source>
      <translation>你的私密问题</translation>
    </message>
    <message>
      <source>Anyone beside you</source>
      <translation>旁边的人</translation>
    </message>
    <message>
      <source>Done: hide my answers and continue</source>
      <translation>完成：隐藏我的回答并继续</translation>
    </message>
    <message>
      <source>Only one of you will receive today</source>
      <translation>今天只有一位可以接受按摩</translation>
    </message>
    <message>
      <source>We have agreed: continue</source>
      <translation>我们商量好了：继续</translation>
    </message>
    <message>
      <source>A question for both of you as givers</source>
      <translation>问问你们两位按摩者</translation>
    </message>
    <message>
      <source>A question for the giver</source>
      <translation>问问按摩者</translation>
    </message>
    <message>
      <source>Each of you, for yourself:</source>
      <translation>请各自为自己回答：</translation>
    </message>
    <message>
      <source>Giver:</source>
      <translation>按摩者：</translation>
    </message>
    <message numerus="yes">
      <source>%1 %2</source>
      <translation>
        <numerusform>%1 %2</numerusform>
      </translation>
    </message>
    <message>
      <source>Continue</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Pressure check</source>
      <translation>力度确认</translation>
    </message>
    <message>
      <source>Pressure check for %1</source>
      <translation>%1 的力度确认</translation>
    </message>
    <message>
      <source>Pressure from 0 to 10</source>
      <translation>力度，从 0 到 10</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Start %1’s turn</source>
      <translation>开始 %1 的轮次</translation>
    </message>
    <message numerus="yes">
      <source>Swap: now %1 gives and %2 receives</source>
      <translation>
        <numerusform>交换：现在由 %1 按摩，%2 接受</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 would rather not: skip this turn</source>
      <translation>%1 今天不想要：跳过这一轮</translation>
    </message>
    <message>
      <source>%1 said yes: continue</source>
      <translation>%1 说了“好”：继续</translation>
    </message>
    <message>
      <source>Afterwards</source>
      <translation>之后</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>结束</translation>
    </message>
    <message>
      <source>Stretches today</source>
      <translation>今天做拉伸</translation>
    </message>
    <message>
      <source>Start “%1”</source>
      <translation>开始“%1”</translation>
    </message>
    <message>
      <source>Giver</source>
      <translation>按摩者</translation>
    </message>
    <message>
      <source>Receiver</source>
      <translation>接受者</translation>
    </message>
    <message>
      <source>%1 is the target: firm but easy, you can breathe and relax.</source>
      <translation>%1 正合适：结实又轻松，可以自在呼吸、放松下来。</translation>
    </message>
    <message>
      <source>%1 is the ceiling. Keep it there or lighter, never more.</source>
      <translation>%1 已是上限。保持这个力度或更轻，不要再加。</translation>
    </message>
    <message>
      <source>%1, read this out loud:</source>
      <translation>%1，请大声读出这段话：</translation>
    </message>
    <message>
      <source>I said yes: continue</source>
      <translation>我说了“好”：继续</translation>
    </message>
    <message>
      <source>Private questions for the person receiving</source>
      <translation>给接受按摩的人的私密问题</translation>
    </message>
    <message>
      <source>Private questions for %1</source>
      <translation>给 %1 的私密问题</translation>
    </message>
    <message>
      <source>%1, please look away from the screen for a moment. These answers are private: the app does not store them, does not show them to anyone, and will never say whose answer decided anything.</source>
      <translation>%1，请暂时把目光从屏幕上移开。这些回答是私密的：应用不会保存，也不会给任何人看，更不会说出是谁的回答决定了什么。</translation>
    </message>
    <message>
      <source>Show my questions</source>
      <translation>显示我的问题</translation>
    </message>
    <message>
      <source>I am %1: show my questions</source>
      <translation>我是 %1：显示我的问题</translation>
    </message>
    <message>
      <source>Answer for yourself only. A “yes” simply means no back rub for you today; you can still walk and stretch.</source>
      <translation>只为自己回答。回答“是”只表示今天你不接受背部按摩；你仍然可以散步和拉伸。</translation>
    </message>
    <message>
      <source>The answers allow one back rub today, not two. Nobody needs to say why, and the app will not tell.</source>
      <translation>根据回答，今天可以做一次背部按摩，而不是两次。不需要说明原因，应用也不会透露。</translation>
    </message>
    <message>
      <source>Agree between you who sits and receives; the other gives. If any of your own answers was “yes”, let the other person receive. There is one turn today, and you both do the walk and the stretches.</source>
      <translation>你们商量一下谁坐下接受，另一位来按摩。如果你自己的回答中有“是”，就让对方来接受。今天只有一轮，两人都一起散步和拉伸。</translation>
    </message>
    <message>
      <source>Giving a back rub uses your hands, wrists and shoulders, and leaning in uses your back.</source>
      <translation>给别人揉背要用到双手、手腕和肩膀，身体前倾施力时还会用到背部。</translation>
    </message>
    <message>
      <source>Then today uses only the gentle strokes: flat palms, light circles and sweeps, no leaning in and no kneading. Stop if giving starts to hurt.</source>
      <translation>那今天只用轻柔的手法：平掌、轻轻画圈和抚过，不前倾施力，也不揉捏。如果按摩时自己开始不舒服，就停下。</translation>
    </message>
    <message>
      <source>Good. Still, stop if giving starts to hurt.</source>
      <translation>很好。不过，如果按摩时自己开始不舒服，也请停下。</translation>
    </message>
    <message numerus="yes">
      <source>%1, rest a flat palm on the upper back, to one side of the spine, never on it, and press gently. %2, say a number from 0 to 10. Aim for %3 to %4; %5 is the most a partner should ever use.</source>
      <translation>
        <numerusform>%1，把手掌平放在上背部脊柱的一侧（绝不要放在脊柱上），轻轻按下。%2，说出一个 0 到 10 的数字。目标是 %3 到 %4；伙伴之间最多只用到 %5。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1, sit on the chair, facing the desk. %2, stand behind %1. Take your time to change places.</source>
      <translation>
        <numerusform>%1，坐到椅子上，面向桌子。%2，站到 %1 身后。慢慢交换位置，不着急。</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1, ask %2 again, out loud:</source>
      <translation>
        <numerusform>%1，请再大声问 %2 一次：</numerusform>
      </translation>
    </message>
    <message>
      <source>You can both do “%1” together.</source>
      <translation>你们可以一起做“%1”。</translation>
    </message>
    <message>
      <source>Decide who receives first: that person is A, the other is B.</source>
      <translation>先决定谁先接受：这个人是 A，另一个人是 B。</translation>
    </message>
    <message>
      <source>If either of you would answer yes, choose Yes; nobody needs to say who.</source>
      <translation>只要你们当中有一人会回答“是”，就选“是”；不需要说是谁。</translation>
    </message>
  </context>
  <context>
    <name>prompt</name>
    <message>
      <source>Start break</source>
      <translation>开始休息</translation>
    </message>
    <message>
      <source>Snooze</source>
      <translation>稍后提醒</translation>
    </message>
    <message>
      <source>Skip</source>
      <translation>跳过</translation>
    </message>
    <message>
      <source>Break reminder — Massage Break</source>
      <translation>休息提醒 — Massage Break</translation>
    </message>
    <message>
      <source>Click to answer</source>
      <translation>点击作答</translation>
    </message>
  </context>
  <context>
    <name>routine</name>
    <message>
      <source>Giver</source>
      <translation>按摩者</translation>
    </message>
    <message>
      <source>Receiver</source>
      <translation>接受者</translation>
    </message>
    <message>
      <source>Both of you</source>
      <translation>你们两人</translation>
    </message>
    <message>
      <source>right side</source>
      <translation>右侧</translation>
    </message>
    <message>
      <source>left side</source>
      <translation>左侧</translation>
    </message>
    <message>
      <source>Neck tight</source>
      <translation>脖子发紧</translation>
    </message>
    <message>
      <source>Back sore</source>
      <translation>背部酸</translation>
    </message>
    <message>
      <source>Wrists</source>
      <translation>手腕</translation>
    </message>
    <message>
      <source>Feeling fine</source>
      <translation>感觉不错</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%2 gives, %3 receives)</source>
      <translation>
        <numerusform>%1（%2 按摩，%3 接受）</numerusform>
      </translation>
    </message>
    <message>
      <source>Not for me</source>
      <translation>不适合我</translation>
    </message>
    <message>
      <source>OK for me</source>
      <translation>适合我</translation>
    </message>
    <message>
      <source>With a partner</source>
      <translation>和伙伴一起</translation>
    </message>
    <message>
      <source>A seated, clothed back rub with consent and a pressure check first; stretches together are always an option.</source>
      <translation>坐着、隔着衣服的背部按摩，事先征得同意并确认力度；一起拉伸也随时可选。</translation>
    </message>
    <message>
      <source>Choose another routine</source>
      <translation>选择其他练习</translation>
    </message>
    <message>
      <source>Other routines…</source>
      <translation>其他练习…</translation>
    </message>
    <message>
      <source>Why this break?</source>
      <translation>为什么是这个休息？</translation>
    </message>
    <message>
      <source>Ask: what number?</source>
      <translation>请问：几分？</translation>
    </message>
    <message>
      <source>☆ Favourite</source>
      <translation>☆ 收藏</translation>
    </message>
    <message>
      <source>Favourite</source>
      <translation>收藏</translation>
    </message>
    <message>
      <source>Hide this exercise</source>
      <translation>隐藏这个动作</translation>
    </message>
    <message>
      <source>It will not come up in your breaks again</source>
      <translation>以后的休息中不会再出现它</translation>
    </message>
    <message>
      <source>Step instructions</source>
      <translation>步骤说明</translation>
    </message>
    <message>
      <source>◀ Back</source>
      <translation>◀ 上一步</translation>
    </message>
    <message>
      <source>Previous step</source>
      <translation>上一步</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <source>Next ▶</source>
      <translation>下一步 ▶</translation>
    </message>
    <message>
      <source>Next step</source>
      <translation>下一步</translation>
    </message>
    <message>
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <source>End the routine now</source>
      <translation>现在结束这套练习</translation>
    </message>
    <message>
      <source>&amp;Snooze</source>
      <translation>稍后提醒(&amp;S)</translation>
    </message>
    <message>
      <source>S&amp;kip</source>
      <translation>跳过(&amp;K)</translation>
    </message>
    <message>
      <source>&amp;Done</source>
      <translation>完成(&amp;D)</translation>
    </message>
    <message>
      <source>%1 — Massage Break</source>
      <translation>%1 — Massage Break</translation>
    </message>
    <message>
      <source>Time's up: %1 is done. Come back to the screen.</source>
      <translation>时间到：%1 完成了。请回到屏幕前。</translation>
    </message>
    <message numerus="yes">
      <source>%1 of %2</source>
      <translation>
        <numerusform>%1 / %2</numerusform>
      </translation>
    </message>
    <message>
      <source>Finished</source>
      <translation>完成</translation>
    </message>
    <message>
      <source>That's the whole break. Well done.</source>
      <translation>整个休息结束了，做得很好。</translation>
    </message>
    <message>
      <source>How did it feel? Pick one, or press Done.</source>
      <translation>感觉如何？选一个，或者按“完成”。</translation>
    </message>
    <message>
      <source>Hidden: it won't come up in your breaks again</source>
      <translation>已隐藏：以后的休息中不会再出现它</translation>
    </message>
    <message>
      <source>%1: is this OK for you?</source>
      <translation>%1：这个动作适合你吗？</translation>
    </message>
    <message>
      <source>Choose “Not for me” if any of these is a yes:</source>
      <translation>如果以下任何一项的答案是“是”，请选择“不适合我”：</translation>
    </message>
    <message>
      <source>Your answer is kept, so this page shows once for each exercise.</source>
      <translation>你的回答会被记住，所以每个动作只会问一次。</translation>
    </message>
    <message numerus="yes">
      <source>%1 (%2)</source>
      <translation>
        <numerusform>%1（%2）</numerusform>
      </translation>
    </message>
    <message>
      <source>How do you feel now?</source>
      <translation>你现在感觉怎么样？</translation>
    </message>
    <message>
      <source>No snoozes left for this break</source>
      <translation>这次休息已经没有稍后提醒的次数了</translation>
    </message>
    <message>
      <source>Pressure: %1 out of 10</source>
      <translation>力度：%1（满分 10）</translation>
    </message>
    <message numerus="yes">
      <source>Pressure: %1–%2 out of 10</source>
      <translation>
        <numerusform>力度：%1–%2（满分 10）</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 · %2</source>
      <translation>
        <numerusform>%1 · %2</numerusform>
      </translation>
    </message>
    <message>
      <source> </source>
      <translation> </translation>
    </message>
    <message>
      <source>Careful: %1</source>
      <translation>注意：%1</translation>
    </message>
    <message>
      <source>Back already? Continue</source>
      <translation>已经回来了？继续</translation>
    </message>
    <message numerus="yes">
      <source>Exercise %1 of %2</source>
      <translation>
        <numerusform>第 %1 个动作，共 %2 个</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Rep %1 of %2</source>
      <translation>
        <numerusform>第 %1 次，共 %2 次</numerusform>
      </translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <source>Next: finished</source>
      <translation>下一步：结束</translation>
    </message>
    <message>
      <source>Next: a short check together</source>
      <translation>下一步：一起简短确认一下</translation>
    </message>
    <message>
      <source>Next: the other side</source>
      <translation>下一步：另一侧</translation>
    </message>
    <message>
      <source>Next: %1</source>
      <translation>下一步：%1</translation>
    </message>
    <message>
      <source>★ Favourite</source>
      <translation>★ 收藏</translation>
    </message>
    <message>
      <source>Favourite (chosen)</source>
      <translation>收藏（已选）</translation>
    </message>
    <message>
      <source>%1 · with a partner</source>
      <translation>%1 · 和伙伴一起</translation>
    </message>
    <message numerus="yes">
      <source>%1: %2</source>
      <translation>
        <numerusform>%1：%2</numerusform>
      </translation>
    </message>
    <message>
      <source> · </source>
      <translation> · </translation>
    </message>
    <message>
      <source>Sources</source>
      <translation>参考资料</translation>
    </message>
  </context>
  <context>
    <name>settings</name>
    <message>
      <source>Reminders</source>
      <translation>提醒</translation>
    </message>
    <message>
      <source>Activity</source>
      <translation>活动</translation>
    </message>
    <message>
      <source>Routines</source>
      <translation>练习</translation>
    </message>
    <message>
      <source>Working hours</source>
      <translation>工作时间</translation>
    </message>
    <message>
      <source>Health answers</source>
      <translation>健康回答</translation>
    </message>
    <message>
      <source>Everything</source>
      <translation>全部保留</translation>
    </message>
    <message>
      <source>The last year</source>
      <translation>最近一年</translation>
    </message>
    <message>
      <source>The last 90 days</source>
      <translation>最近 90 天</translation>
    </message>
    <message>
      <source>OK for me</source>
      <translation>适合我</translation>
    </message>
    <message>
      <source>Not for me (hidden)</source>
      <translation>不适合我（已隐藏）</translation>
    </message>
    <message>
      <source>Ask me again</source>
      <translation>下次再问我</translation>
    </message>
    <message>
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <source> s</source>
      <translation> 秒</translation>
    </message>
    <message>
      <source> times</source>
      <translation> 次</translation>
    </message>
    <message numerus="yes">
      <source>Use a value from %1 to %2.</source>
      <translation>
        <numerusform>请输入 %1 到 %2 之间的值。</numerusform>
      </translation>
    </message>
    <message>
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <source>Settings pages</source>
      <translation>设置页面</translation>
    </message>
    <message>
      <source>Break buddy</source>
      <translation>休息伙伴</translation>
    </message>
    <message>
      <source>Takes effect when Massage Break next starts.</source>
      <translation>下次启动 Massage Break 时生效。</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <source>Language:</source>
      <translation>语言：</translation>
    </message>
    <message>
      <source>History to keep</source>
      <translation>保留的历史记录</translation>
    </message>
    <message>
      <source>Older reminders and stretches of sitting are deleted when the app starts.</source>
      <translation>更早的提醒和久坐记录会在应用启动时删除。</translation>
    </message>
    <message>
      <source>Keep history:</source>
      <translation>保留历史记录：</translation>
    </message>
    <message>
      <source>Changes apply to the running reminder at once.</source>
      <translation>更改会立即应用到正在运行的提醒。</translation>
    </message>
    <message>
      <source>Only remind me during these hours</source>
      <translation>只在这些时间段提醒我</translation>
    </message>
    <message>
      <source>Outside these hours the sitting clock still runs, but nothing prompts.</source>
      <translation>在这些时间段之外，久坐计时仍会继续，但不会弹出提醒。</translation>
    </message>
    <message>
      <source>Exercises with a health question ask “Is this OK for you?” the first time they come up. Your answers, and the exercises you hid, are listed here; change any of them at any time.</source>
      <translation>带有健康问题的动作第一次出现时会问“这个动作适合你吗？”。你的回答和你隐藏的动作都列在这里，随时可以更改。</translation>
    </message>
    <message>
      <source>Must be longer than the short pause.</source>
      <translation>必须比短暂停顿更长。</translation>
    </message>
    <message>
      <source>Must be longer than the away time.</source>
      <translation>必须比离开时间更长。</translation>
    </message>
    <message>
      <source>Start Massage Break when I log in</source>
      <translation>登录时启动 Massage Break</translation>
    </message>
    <message numerus="yes">
      <source>From %1 to %2</source>
      <translation>
        <numerusform>从 %1 到 %2</numerusform>
      </translation>
    </message>
    <message>
      <source>%1:</source>
      <translation>%1：</translation>
    </message>
    <message>
      <source>no reminders</source>
      <translation>不提醒</translation>
    </message>
    <message>
      <source>Ranges like 09:00-12:30, 13:30-17:30; 22:00-02:00 runs past midnight</source>
      <translation>时间段写法如 09:00-12:30, 13:30-17:30；22:00-02:00 表示跨过午夜</translation>
    </message>
    <message>
      <source>Working hours on %1</source>
      <translation>%1的工作时间</translation>
    </message>
    <message>
      <source>No answers yet.</source>
      <translation>还没有回答。</translation>
    </message>
    <message>
      <source>Add at least one range, or untick the box.</source>
      <translation>请至少添加一个时间段，或取消勾选。</translation>
    </message>
    <message>
      <source>Not a range of times: write ranges like 09:00-12:30, 13:30-17:30.</source>
      <translation>这不是时间段：请写成 09:00-12:30, 13:30-17:30 这样的形式。</translation>
    </message>
    <message>
      <source>Offer partner back-massage routines when someone is with me</source>
      <translation>有人陪伴时，提供伙伴背部按摩练习</translation>
    </message>
    <message>
      <source>Reduce motion: show still pictures instead of animations</source>
      <translation>减少动画：显示静态图片而不是动画</translation>
    </message>
    <message>
      <source>Play a soft sound when a step asks you to close your eyes or look away</source>
      <translation>当某一步需要你闭眼或看向远处时，播放一声轻柔的提示音</translation>
    </message>
    <message>
      <source>Break buddy: take partner breaks with a paired computer nearby</source>
      <translation>休息伙伴：与附近已配对的电脑一起做双人放松</translation>
    </message>
    <message>
      <source>Remind me after sitting for</source>
      <translation>久坐多久后提醒我</translation>
    </message>
    <message>
      <source>Continuous sitting before a break is suggested. 30 minutes follows the studies on breaking up sitting.</source>
      <translation>连续久坐多久后建议休息。30 分钟参考了关于打断久坐的研究。</translation>
    </message>
    <message>
      <source>Snooze for</source>
      <translation>稍后提醒的间隔</translation>
    </message>
    <message>
      <source>How long a snoozed reminder waits before it asks again.</source>
      <translation>稍后提醒多久之后再次询问。</translation>
    </message>
    <message>
      <source>Snoozes allowed per break</source>
      <translation>每次休息可稍后提醒的次数</translation>
    </message>
    <message>
      <source>After this many snoozes the reminder offers only Start and Skip.</source>
      <translation>稍后提醒达到这个次数后，提醒只提供“开始”和“跳过”。</translation>
    </message>
    <message>
      <source>A pause shorter than this is still sitting</source>
      <translation>短于这个时长的停顿仍算作久坐</translation>
    </message>
    <message>
      <source>Reading or thinking without touching the keyboard keeps the sitting clock going.</source>
      <translation>阅读或思考时不碰键盘，久坐计时仍会继续。</translation>
    </message>
    <message>
      <source>Away this long counts as a break</source>
      <translation>离开这么久算作一次休息</translation>
    </message>
    <message>
      <source>Leaving the computer for this long resets the sitting clock.</source>
      <translation>离开电脑这么久，久坐计时就会重新开始。</translation>
    </message>
    <message>
      <source>Longest break</source>
      <translation>最长休息时间</translation>
    </message>
    <message>
      <source>Routines longer than this are shortened: stretches are trimmed, never the walk.</source>
      <translation>超过这个时长的练习会被缩短：减少拉伸，但不会减掉散步。</translation>
    </message>
    <message>
      <source>Wait for a pause in typing for up to</source>
      <translation>等待打字停顿，最长</translation>
    </message>
    <message>
      <source>A due reminder waits until you stop typing for a moment, at most this long.</source>
      <translation>到时的提醒会等你停下打字片刻再出现，最多等这么久。</translation>
    </message>
    <message>
      <source>Unanswered reminders before a small window</source>
      <translation>未回应多少次后显示小窗口</translation>
    </message>
    <message>
      <source>An ignored reminder comes back a little firmer; after this many, as a small window that never takes your keyboard.</source>
      <translation>被忽略的提醒会稍微明显一点再回来；达到这个次数后，会以一个小窗口出现，但从不抢占你的键盘。</translation>
    </message>
    <message>
      <source>Skips per sitting stretch</source>
      <translation>每段久坐可跳过的次数</translation>
    </message>
    <message>
      <source>After this many skips in one stretch of sitting, a reminder offers Start and Snooze; the last allowed skip asks you to confirm.</source>
      <translation>在一段久坐中跳过这么多次后，提醒只提供“开始”和“稍后提醒”；最后一次允许的跳过会请你确认。</translation>
    </message>
  </context>
  <context>
    <name>side</name>
    <message>
      <source>right</source>
      <translation>右</translation>
    </message>
    <message>
      <source>left</source>
      <translation>左</translation>
    </message>
  </context>
  <context>
    <name>stop_if</name>
    <message>
      <source>sharp or growing pain</source>
      <translation>尖锐或越来越强的疼痛</translation>
    </message>
    <message>
      <source>tingling</source>
      <translation>刺痛</translation>
    </message>
    <message>
      <source>numbness</source>
      <translation>麻木</translation>
    </message>
    <message>
      <source>dizziness</source>
      <translation>头晕</translation>
    </message>
    <message>
      <source>a change in your vision</source>
      <translation>视力变化</translation>
    </message>
    <message>
      <source>feeling sick</source>
      <translation>恶心</translation>
    </message>
    <message>
      <source>Stop if you feel %1.</source>
      <translation>如果感到%1，请停下。</translation>
    </message>
    <message numerus="yes">
      <source>%1 or %2</source>
      <translation>
        <numerusform>%1或%2</numerusform>
      </translation>
    </message>
    <message>
      <source>, </source>
      <translation>、</translation>
    </message>
  </context>
  <context>
    <name>texts</name>
    <message>
      <source>&lt;p&gt;&lt;b&gt;Stop&lt;/b&gt; if a move gives you sharp or growing pain, numbness, tingling or weakness in an arm or leg, dizziness, a change in your vision, a sudden bad headache or nausea.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Get medical help straight away&lt;/b&gt; for chest pain, for numbness around the groin or buttocks, for new trouble controlling your bladder or bowels, for weakness in both legs, or for pain after a fall.&lt;/p&gt;&lt;p&gt;&lt;b&gt;See a doctor or physiotherapist&lt;/b&gt; if neck or back pain gets worse, wakes you at night, lasts more than a few weeks, or comes with fever, weight loss you cannot explain, or tingling or weakness in an arm.&lt;/p&gt;&lt;p&gt;These are general comfort exercises, not treatment. Move gently and stay in a range that feels fine.&lt;/p&gt;</source>
      <translation>&lt;p&gt;如果某个动作让你感到尖锐或越来越强的疼痛、手臂或腿部麻木、刺痛或无力、头晕、视力变化、突然的剧烈头痛或恶心，请&lt;b&gt;停下&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;如果出现胸痛、腹股沟或臀部周围麻木、新出现的大小便控制困难、双腿无力，或跌倒后疼痛，请&lt;b&gt;立即就医&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;如果颈部或背部疼痛加重、夜间痛醒、持续超过几周，或伴有发烧、不明原因的体重下降，或手臂刺痛、无力，请&lt;b&gt;去看医生或物理治疗师&lt;/b&gt;。&lt;/p&gt;&lt;p&gt;这些是一般的舒缓练习，不是治疗。请轻柔地活动，保持在感觉舒适的范围内。&lt;/p&gt;</translation>
    </message>
  </context>
  <context>
    <name>tray</name>
    <message>
      <source>Take a break now</source>
      <translation>现在休息一下</translation>
    </message>
    <message>
      <source>Until tomorrow morning</source>
      <translation>直到明天早上</translation>
    </message>
    <message>
      <source>Pause reminders</source>
      <translation>暂停提醒</translation>
    </message>
    <message>
      <source>Resume reminders</source>
      <translation>恢复提醒</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>历史记录…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <source>For 30 minutes</source>
      <translation>30 分钟</translation>
    </message>
    <message>
      <source>For 1 hour</source>
      <translation>1 小时</translation>
    </message>
    <message>
      <source>Massage Break: starting</source>
      <translation>Massage Break：正在启动</translation>
    </message>
    <message>
      <source>Break buddy…</source>
      <translation>休息伙伴…</translation>
    </message>
    <message>
      <source>Take a break with %1</source>
      <translation>和%1一起休息</translation>
    </message>
  </context>
  <context>
    <name>welcome</name>
    <message>
      <source>&lt;p&gt;Massage Break counts how long you have really been sitting, from your keyboard and mouse rather than the clock. Short pauses do not reset it; a few minutes away do.&lt;/p&gt;&lt;p&gt;When a break is due, a notification offers a routine that fits: a one-minute reset after a short sit, a walk and standing stretches after half an hour or more, a longer reset after two hours. Nothing leaves this computer.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Massage Break 根据你的键盘和鼠标而不是时钟，计算你实际坐了多久。短暂的停顿不会让它重新计时；离开几分钟才会。&lt;/p&gt;&lt;p&gt;该休息时，通知会推荐一套合适的练习：坐得不久时做一分钟的放松，坐了半小时以上就走一走、站着拉伸，坐了两个小时则做更长的放松。所有数据都不会离开这台电脑。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>&lt;p&gt;If you have an injury or a health condition, check with a doctor or physiotherapist first.&lt;/p&gt;</source>
      <translation>&lt;p&gt;如果你有伤病或健康问题，请先咨询医生或物理治疗师。&lt;/p&gt;</translation>
    </message>
    <message>
      <source>You can change all of this later under Settings in the tray menu.</source>
      <translation>以后可以随时在托盘菜单的“设置”中更改这些。</translation>
    </message>
    <message>
      <source>Massage Break keeps running in the background: this desktop shows no tray icon. To change all of this later, open Massage Break again (from the app grid or a launcher): its window has Settings.</source>
      <translation>此桌面不显示托盘图标，Massage Break 会在后台继续运行。以后如需更改这些设置，请再次打开 Massage Break（从应用程序网格或启动器），其窗口中有“设置”。</translation>
    </message>
    <message>
      <source>Every 20 minutes: short, frequent pauses</source>
      <translation>每 20 分钟：短而频繁的休息</translation>
    </message>
    <message>
      <source>Every 30 minutes (suggested)</source>
      <translation>每 30 分钟（推荐）</translation>
    </message>
    <message>
      <source>Every 45 minutes</source>
      <translation>每 45 分钟</translation>
    </message>
    <message>
      <source>Every hour: fewer interruptions</source>
      <translation>每小时：打扰更少</translation>
    </message>
    <message>
      <source>Welcome to Massage Break</source>
      <translation>欢迎使用 Massage Break</translation>
    </message>
    <message>
      <source>Also offer partner back-rub routines when someone
is with me (off unless you tick it; always with a
clear yes from both and a few private questions first)</source>
      <translation>有人陪伴时，也提供伙伴背部按摩练习
（默认关闭，需要你勾选；每次都要两人明确同意，
并先回答几个私密问题）</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <source>Start Massage Break when I log in</source>
      <translation>登录时启动 Massage Break</translation>
    </message>
    <message>
      <source>Remind me after sitting</source>
      <translation>久坐多久后提醒我</translation>
    </message>
    <message>
      <source>Before you start</source>
      <translation>开始之前</translation>
    </message>
  </context>
  <context>
    <name>wording</name>
    <message>
      <source>%1 min</source>
      <translation>%1 分钟</translation>
    </message>
    <message numerus="yes">
      <source>%n-minute</source>
      <translation>
        <numerusform>%n 分钟</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sitting %1 → %2 break</source>
      <translation>
        <numerusform>已坐 %1 → %2的休息</numerusform>
      </translation>
    </message>
    <message>
      <source>Sitting %1</source>
      <translation>已坐 %1</translation>
    </message>
    <message numerus="yes">
      <source>%1 · %2</source>
      <translation>
        <numerusform>%1 · %2</numerusform>
      </translation>
    </message>
    <message>
      <source>taken</source>
      <translation>已休息</translation>
    </message>
    <message>
      <source>cut short</source>
      <translation>提前结束</translation>
    </message>
    <message>
      <source>snoozed</source>
      <translation>稍后提醒</translation>
    </message>
    <message>
      <source>skipped</source>
      <translation>已跳过</translation>
    </message>
    <message>
      <source>no answer</source>
      <translation>未回应</translation>
    </message>
    <message numerus="yes">
      <source>%1 h %2 min</source>
      <translation>
        <numerusform>%1 小时 %2 分钟</numerusform>
      </translation>
    </message>
    <message>
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <source>waiting for a pause in your typing</source>
      <translation>等待你打字停顿</translation>
    </message>
    <message>
      <source>waiting until the fullscreen window closes</source>
      <translation>等待全屏窗口关闭</translation>
    </message>
    <message>
      <source>waiting until your call ends</source>
      <translation>等待通话结束</translation>
    </message>
    <message>
      <source>waiting until do-not-disturb ends</source>
      <translation>等待勿扰模式结束</translation>
    </message>
    <message>
      <source>waiting while a video or presentation keeps the screen on</source>
      <translation>正在等待：视频或演示正让屏幕保持常亮</translation>
    </message>
    <message>
      <source>waiting for a good moment</source>
      <translation>等待合适的时机</translation>
    </message>
    <message>
      <source>dddd d MMMM</source>
      <translation>M月d日 dddd</translation>
    </message>
    <message numerus="yes">
      <source>%n cut short</source>
      <translation>
        <numerusform>%n 次提前结束</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n snoozed</source>
      <translation>
        <numerusform>%n 次稍后提醒</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n skipped</source>
      <translation>
        <numerusform>%n 次跳过</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n with no answer</source>
      <translation>
        <numerusform>%n 次未回应</numerusform>
      </translation>
    </message>
    <message>
      <source>paused until %1</source>
      <translation>暂停至 %1</translation>
    </message>
    <message>
      <source>reminders paused</source>
      <translation>提醒已暂停</translation>
    </message>
    <message>
      <source>Activity detection unavailable: counting wall-clock time</source>
      <translation>无法检测活动：按实际时间计算</translation>
    </message>
    <message numerus="yes">
      <source>%n break taken</source>
      <translation>
        <numerusform>已休息 %n 次</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n breaks taken</source>
      <translation>
        <numerusform>已休息 %n 次</numerusform>
      </translation>
    </message>
    <message>
      <source>Screen locked</source>
      <translation>屏幕已锁定</translation>
    </message>
    <message>
      <source>counts as time away</source>
      <translation>算作离开</translation>
    </message>
    <message>
      <source>outside your working hours</source>
      <translation>在你的工作时间之外</translation>
    </message>
    <message>
      <source>break due: %1</source>
      <translation>该休息了：%1</translation>
    </message>
    <message>
      <source>break due now</source>
      <translation>现在该休息了</translation>
    </message>
    <message>
      <source>Away from the desk</source>
      <translation>离开电脑</translation>
    </message>
    <message>
      <source>the sitting clock starts when you are back</source>
      <translation>久坐计时会在你回来后开始</translation>
    </message>
    <message>
      <source>Starting</source>
      <translation>正在启动</translation>
    </message>
    <message>
      <source>measuring activity</source>
      <translation>正在测量活动</translation>
    </message>
    <message>
      <source>next break in %1</source>
      <translation>下次休息在 %1后</translation>
    </message>
    <message>
      <source>no break scheduled</source>
      <translation>没有安排休息</translation>
    </message>
    <message>
      <source>under 1 min</source>
      <translation>不到 1 分钟</translation>
    </message>
  </context>
</TS>
