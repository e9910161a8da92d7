<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>app</name>
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
    <name>catalog</name>
    <message>
      <source>under 30 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>30–60 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>60–120 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>over 120 min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>That was a long sit. Next time, an earlier and shorter break may feel easier than a long one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In a study of computer users, pauses of about 30 seconds every 20 minutes eased discomfort in the neck, shoulders, lower back and forearms. Resting your gaze on something far off and blinking fully can leave eyes that feel tired or dry a little more comfortable for some people.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>In short lab studies of adults who were overweight or older, including postmenopausal women, a few minutes of easy walking every 20 to 30 minutes lowered blood sugar after a meal, compared with sitting straight through. This break opens with a two-minute walk; the stretches are there for comfort and variety.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Workplace guidance suggests stepping away from the screen for roughly 5 to 10 minutes in every hour, ideally on your feet. In field studies with data-entry staff, a few extra short breaks a day eased discomfort and eye strain without reducing the amount of work done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Health and safety guidance favours frequent short breaks over a single long one after hours at a screen. Many people come back from a pause feeling a little fresher, and this one starts with a longer walk to get you out of the chair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Many people find a gentle back and shoulder rub relaxing, and office workers in a small chair-massage study reported less discomfort. The effect is short-lived: reviews find that any ease fades soon after the rub ends. The walk and the stretches are the part of this break that gets you moving.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eyes and neck reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A short pause that rests your eyes and gives your neck and shoulders a gentle move.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hands, wrists and eyes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A short pause for busy keyboard and mouse hands: open and close the fingers, stretch the inside of each forearm, then rest your eyes on something far away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stand up and move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gets you out of the chair for a two-minute walk, then adds a standing side reach.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Standard desk break</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Starts with a short walk, then works through easy stretches for the neck, upper back, chest and lower back before a far look.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Long-sit reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opens with a longer walk to break up a long sit, then works through standing stretches and ends with a few calm breaths.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>More than two hours in one go is a long time to sit. A few shorter breaks along the way usually feel easier than one big one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Walk, then a quick shoulder rub</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A two-minute walk side by side, then one of you gives the other a short, gentle rub across the upper back and shoulders, and the receiver ends with a shoulder-blade squeeze.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Walk, then back rubs in turn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>After an easy walk together, you take turns giving each other a gentle back and shoulder rub, then finish with a chest stretch side by side.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Long walk, then back rubs in turn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A longer walk and a standing stretch get you both out of your chairs, then each of you gets a back and shoulder rub in turn, ending with a chin glide.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Two hours or more is a long spell in a chair. Shorter breaks earlier on tend to be easier to fit in, whether together or alone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chin glide</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A small backward slide of the head that lets the back of the neck lengthen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the movement small; the chin stays level throughout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop if you get dizzy, a headache or tingling in an arm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close view of a person sitting tall, seen from the side, head level on a dotted eye-line with the neck leaning slightly forward; an arrow points backwards at chin level and the back of the neck is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The head has slid straight back over the shoulders, the neck now upright and the eyes still on the same level line, no nodding; the back of the neck is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit or stand tall and look straight ahead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slide your head straight back, hold three seconds, then ease it forward. 5 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let your head rest in the middle and relax your shoulders.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ear to shoulder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tips one ear towards its shoulder for a mild pull along the opposite side of the neck.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let the head tip under its own weight; do not pull on it with your hand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop if tingling runs down into your arm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close view of a person sitting upright, seen from the front, right hand holding the edge of the seat and left hand on the left knee; the right side of the neck is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The head tips well over towards the left shoulder with the nose still facing forward while the right hand keeps hold of the seat; a curved arrow runs from the head towards the shoulder and the right side of the neck is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Grip the side of your seat with your {side} hand so that shoulder stays down.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tip your head away until the {side} side of your neck feels a gentle pull; hold 20 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring your head slowly back up to the middle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look over each shoulder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slow turns of the head to one side and then the other, keeping the chin level and the shoulders still.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn slowly and only as far as feels easy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you get dizzy or your sight blurs, stop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close view of a seated person's head and shoulders, seen from the front, facing forward with both ears and both eyes showing, and a small view from above with the nose pointing ahead; the left side of the neck is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The head has turned to look over the right shoulder and shows its profile, nose and chin at its edge, while the shoulders stay square; a curved arrow runs around the head and the view from above shows the nose pointing over the shoulder; the left side of the neck is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit or stand tall, shoulders settled and chin level.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn your head slowly towards your {side} shoulder, rest three seconds, then come back. 3 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shoulder rolls</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slow shoulder circles and a final shrug and drop to let the tops of the shoulders relax.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep your neck soft while the shoulders move.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If part of the circle pinches, make it smaller or skip that part.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting on a chair, seen from the side, shoulders relaxed and arms hanging loose at the sides; a circular arrow loops around the shoulder and the tops of the shoulders are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The shoulders are drawn up towards the ears and slightly back, the hanging arms rising with them; the tops of the shoulders are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let your arms hang and roll both shoulders up, back and down. 4 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Now roll them the other way: up, forward and down. 4 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathe out and let your shoulders drop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shoulder-blade squeeze</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draws the shoulder blades back and down to wake up the muscles between them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep breathing through each squeeze.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>It should feel like muscles working, never like pain.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upper body seen from behind, elbows bent at the sides with the hands pointing forward; the area between the shoulder blades is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The shoulder blades are drawn together and the hands have turned outwards, with two arrows pointing inwards; the area between the shoulder blades is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit tall with your elbows bent and tucked in at your sides, palms up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draw your shoulder blades back and down, hold five seconds, then let go slowly. 6 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Arm across the chest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draws one arm across the body to stretch the back of that shoulder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your grip goes on the upper arm, above the elbow, never on the joint.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If the front of the shoulder pinches, let the arm sit a little lower.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting upright, seen from the front, right arm held across the chest just below shoulder height with the left hand holding it just above the elbow; the back of the right shoulder is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The left hand has drawn the right arm further across and closer to the chest while the trunk keeps facing forward, shown by a short arrow; the back of the right shoulder is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring your {side} arm across your chest, level with your shoulder or a little lower.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold it above the elbow with your other hand and draw it gently in; hold 20 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let go and lower the arm slowly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reach forward and round</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pushes the hands forward and lets the upper back curve so the shoulder blades spread apart.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The curve happens in the upper back; keep your lower back where it is.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting on a chair, seen from the side, hands clasped in front of the chest with the palms turned away; the area between the shoulder blades is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The arms push forward at chest height while the upper back rounds and the chin dips, with the low back still upright, shown by a forward arrow and a curved arrow along the upper back; the area between the shoulder blades is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lace your fingers in front of your chest, palms turned away from you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press your hands forward and let your upper back round; hold 15 seconds, then ease back. 2 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Unlace your fingers and sit tall again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chest opener at the seat edge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Raises the chest and eases the shoulders back to open the front of the chest without leaving the chair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep your chin level rather than tipping the head back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lift through the chest, not by arching the lower back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting near the front of the seat, seen from the side, well clear of the backrest, a little slumped with the arms hanging just behind the hips; the chest and front of the shoulder are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The breastbone lifts forward and the shoulders draw back and down with the chin level, shown by an upward-forward arrow at the chest; the chest and front of the shoulder are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit at the front of your seat, feet flat, hands low behind you with the palms forward.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ease your shoulders back and lift your chest; hold ten seconds, then relax. 3 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Wall chest stretch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uses a wall or door frame to open the front of the chest and shoulder, one arm at a time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep your elbow level with your shoulder or a little lower.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip this one if your shoulder has dislocated before or feels loose.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop if your hand starts to tingle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person standing side-on to a wall, seen at an angle from the front and a little above, feet together, right forearm upright against the wall with the elbow just below a dashed shoulder-height line; the right side of the chest and front of the shoulder are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The right foot has stepped forward and the chest and head have turned away from the wall, towards the viewer, while the forearm stays where it was on the wall, shown by a curved arrow around the trunk; the right side of the chest and front of the shoulder are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stand side-on to a wall, {side} forearm flat on it, elbow no higher than your shoulder.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step your {side} foot forward and turn your chest gently away from the wall.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold 20 seconds where the chest and the front of the shoulder feel a mild stretch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn back towards the wall and lower your arm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seated trunk turn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rotates the chest and head while the hips keep facing the front, to move the middle and upper back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>On a swivel chair, keep both feet firmly planted, or use a chair that does not turn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let your trunk do the turning; don't pull yourself round with your arms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Osteoporosis? Make only a small rotation, and get your clinician's go-ahead first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting on a fixed chair, seen at an angle from the front and a little above, feet flat and arms folded across the chest with each hand on the opposite shoulder; the middle of the trunk is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The chest, the folded arms and the head have turned to the right while the hips and knees still face forward, shown by a curved arrow around the trunk; the middle of the trunk is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit tall, feet flat and hip-width apart, arms folded across your chest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathe out and turn your chest and head to the {side}, hips facing forward.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold 15 seconds, only as far as is comfortable, and keep breathing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Turn slowly back to face the front.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Side reach overhead</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A standing reach up and over that lengthens one side of the trunk at a time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move smoothly, without bouncing at the end of the reach.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Come back up if you feel a pinch in your back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person standing, seen from the front, right arm raised straight overhead; the right side of the trunk is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The trunk bends to the left with the right arm arching over the head, following a long curved arrow; the right side of the trunk is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stand with feet hip-width apart, knees soft, and lift your {side} arm overhead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Reach up and over so your {side} side lengthens; hold 20 seconds, chest facing forward.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Come back upright and lower your arm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Knee to chest, seated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draws one knee up towards the chest for a gentle stretch in the lower back and buttock.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave it out if you have movement precautions after a hip replacement, or if it hurts your knee.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep your back long; bringing the knee up matters more than folding forward to meet it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting tall near the front of a chair, seen from the side, right knee lifted with both hands holding the back of the thigh; the low back and buttock are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The hands have drawn the right knee towards the chest while the back stays long, shown by a short arrow towards the chest; the low back and buttock are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit tall near the front of your chair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lift your {side} knee and hold behind the thigh, not over the kneecap.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draw the knee gently towards your chest; hold 15 seconds with your back long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lower your foot back to the floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Standing back bend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A small, gentle lean backwards that bends the lower back the opposite way to sitting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the lean small.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop if pain spreads into a leg or you feel light-headed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some backs do not like bending backwards; skip it if it brings on your usual symptoms.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person standing upright, seen from the side, palms on the back of the hips with fingers pointing down; the low back is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The person leans back slightly over the hands, hips a little forward and eyes ahead, following a small backward arrow; the low back is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stand with your feet hip-width apart, hands on the back of your hips.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eyes ahead, lean back a little over your hands, pause, then come upright. 5 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let your arms relax by your sides.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Figure-4 hip stretch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rests one ankle on the other knee and tips forward slightly to stretch the buttock and outer hip.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave it out if you have movement precautions after a hip replacement, or if your knee complains.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let the knee drop by itself; never push it down.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting tall on a chair, seen from the front, a little to the left and above: the left foot flat on the floor, the right ankle resting on the left knee and the right knee dropped out to the side, the hands resting on the right shin; the outer right hip is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The person tips forward from the hips with the back long, shown by a forward arrow by the chest; the outer right hip is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit tall near the front of the seat with both feet on the floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cross your {side} ankle over the other knee and let that knee drop open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hinge forward a little, back long; hold 20 seconds as your {side} buttock stretches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit up, uncross your legs and put both feet flat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hip-front stretch at the desk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A split-stance stretch for the front of the hip, which stays folded the whole time you sit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold on to something steady, such as the desk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep your front knee above your ankle and your back from arching.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person in a split stance holding a desk, seen from the side, left foot forward and right foot back with the heel up; the front of the right hip is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The hips have shifted forward and a little lower with the tailbone tucked and the front knee bent, shown by a forward arrow at hip level; the front of the right hip is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With one hand on the desk, step your {side} foot back, heel off the floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Tuck your tailbone under a little and soften your front knee.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shift forward until the front of your {side} hip stretches; hold 20 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bring your feet back together.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Calf stretch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaning into a wall or desk to stretch the calf of the back leg.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the back heel on the floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop if you feel pain at the back of the heel or ankle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person standing upright facing a wall, seen from the side, both hands on the wall with the arms almost straight, right leg stepped back with the heel down; the right calf is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The person leans in towards the wall with the elbows and the front knee bent and the back heel still down, following a curved arrow; the right calf is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Face a wall or your desk, hands on it, and step your {side} foot back, heel down.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Bend your front knee and lean in, back leg straight; hold 20 seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Step your feet back together.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Foot pumps and ankle circles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slow up-and-down foot movements and circles that keep the ankles and calves moving while you sit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the movements slow and within a range that feels easy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close view of the legs of a seated person, seen from the side, right leg stretched out in front with the toes pointed away and just touching the floor; the right calf and ankle are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The knee bends a little, the heel rests on the floor and the toes are pulled back up towards the shin, shown by a double-headed curved arrow at the ankle; the right calf and ankle are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit tall and slide your {side} foot a little forward.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Point your toes away, then draw them back up towards your shin. 8 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draw slow circles with your {side} foot, one way and then the other.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Palm-side forearm stretch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Draws the hand back to stretch the palm side of the forearm after typing or mouse work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press on the palm rather than pulling on the fingertips.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ease off if your fingers feel numb or tingly, and tell a clinician if it happens often.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close view of a seated person reaching the right arm forward with the fingers up and the palm facing away, the other hand still resting on the thigh; the underside of the forearm is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The other hand has come up onto the palm and draws the hand and fingers back towards the body, shown by a curved arrow at the wrist; the underside of the forearm is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold your {side} arm out in front, elbow soft, palm facing away and fingers up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>With your other hand on the palm, ease the fingers back towards you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold 15 seconds while the inside of your {side} forearm stretches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Back-of-forearm stretch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Folds the wrist down to stretch the top of the forearm after typing or mouse work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Apply light pressure to the back of the hand, not the fingers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close view of a seated person reaching the right arm forward, palm down with the fingers pointing to the floor, the other hand still resting on the thigh; the top of the forearm is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The other hand has come up onto the back of the hand and draws it towards the body, shown by a curved arrow at the wrist; the top of the forearm is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold your {side} arm out in front, palm down, fingers pointing to the floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rest your other hand on the back of it and draw it gently towards you.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold 15 seconds while the top of your {side} forearm stretches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finger spread and soft fist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Opens the fingers wide and closes them into a loose fist, a few times over, then shakes the hands out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close the hand gently; there is no need to squeeze hard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close view of a right hand seen from the palm side with the fingers and thumb spread wide, with small curved arrows at the sides; the hand is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The fingers are curled into a soft fist with the thumb lying across the outside of the fingers; the hand is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Spread your fingers wide for three seconds, then close a soft fist for three. 5 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let your hands go loose and give them a gentle shake.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Far look (20-20-20)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rests your focus on something far away for about 20 seconds, with a few full blinks.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If eye pain, redness or blurred vision does not go away, see an eye care professional.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting at a desk, seen from the side, leaning in towards the monitor with the hands resting on the desk, looking at the screen along a short dashed sight-line; the eyes are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The person sits back in the chair with the hands resting in the lap and the head lifted, looking past the monitor to a distant window along a long dashed sight-line; the eyes are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Find something at least 6 metres (20 feet) away, like a window or the far wall.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rest your eyes on it for 20 seconds, blinking fully now and then.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Eyes closed, slow breaths</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A quiet pause with your eyes shut and a few slow, easy breaths.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do not press on your eyes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you wear contact lenses, avoid rubbing your eyes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting on a chair, seen from the front, eyes closed and hands resting on the knees, with a small breathing wave on the chest; the eyes are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The palms are cupped in front of the closed eyes without pressing on them, with the breathing wave on the chest; the eyes are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close your eyes; you can cup your hands over them, palms off the eyes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathe in for four, out for six. 4 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lower your hands, open your eyes slowly and blink a few times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Walk or march on the spot</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An easy walk, or marching in place, to get you out of the chair and moving.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Look out for cables and other trip hazards.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the pace easy; you should be able to talk as you go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person walking, seen from the side, the left foot landing heel first in front while the right foot pushes off from its toes behind and the right arm swings forward, with an arrow pointing forward at the feet; the whole figure is softly highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The next moment of the stride: standing on the straight left leg, the right knee swings through lifted in front, the left arm swinging forward and the right arm back, with the forward arrow at the feet; the whole figure is softly highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stand up and set off at a relaxed pace, or march in place at your desk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Fill a glass of water, go to a window, loop the room or take the stairs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep it easy enough that you could chat as you go.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make your way back to your desk when the time is up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit-to-stand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Standing up from a steady chair and sitting back down, several times in a row.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use a chair that cannot roll, or lock its wheels.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Push off with your hands whenever you need to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave this one out if your knees hurt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting at the front edge of a chair without wheels, seen from the side, leaning forward with the arms reaching ahead and the feet slightly behind the knees; an arrow points up from the hips and the thighs and buttocks are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The same person standing tall in front of the chair; the thighs and buttocks are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit at the front of a steady chair, feet hip-width apart and a little behind your knees.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lean forward, stand up tall, then lower yourself slowly back down. 8 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finish on your feet, ready for the next move.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Chair-back arch</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Uses the top of a firm backrest as a pivot for a small backward arch of the upper back, the opposite of hunching.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Only use a steady chair whose firm backrest does not tip or recline.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your hands just cradle your head; don't pull on your neck.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Not for anyone whose spine has fractured because of osteoporosis; stop if it hurts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Person sitting back on a chair, seen from the side, backrest top just below the shoulder blades and hands clasped behind the head with the elbows forward; the upper back is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The upper back arches gently over the top of the backrest and the eyes look slightly up while the low back stays against the chair, shown by a curved arrow over the backrest; the upper back is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit back so the top of the chair is under your shoulder blades, hands behind your head.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Breathing out, arch your upper back over the chair, pause, then come back. 5 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lower your hands to your lap and bring your head level.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in and set-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Asks for consent, runs the short health check, agrees the stop words and settles the receiver before any rubbing starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Either of you can end the session at any moment, and the Stop button stays on screen throughout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Givers: keep your nails short and take off rings and watches before you start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use a chair without wheels; never have the receiver lie face down with you kneeling or sitting on them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A giver, drawn in lighter lines, stands behind a person sitting on a chair without wheels, seen from a three-quarter angle; an empty speech bubble and a small dial shape float beside them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Both of the giver's palms now lie flat and light on the seated person's shoulder blades.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Agree on your three words: lighter, good and stop.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set out a steady chair without wheels and a cushion on the desk to lean on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rest both palms softly on the shoulder blades so the first touch doesn't startle.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Palm strokes beside the spine</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slow, flat-handed strokes down the two strips of muscle either side of the spine, leaving the spine itself untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep a finger's width of space over the spine so its bony bumps are never pressed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Below the lowest ribs, go feather-light (1–2) and keep off the soft sides of the waist altogether.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask for a number after the second stroke.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen from behind, over the giver's own arms: a person sits leaning forward with the forearms resting on a desk; the giver's flat palms rest high on the back, fingertips up, one each side of the spine; the two muscle strips beside the spine are highlighted, and the spine and the soft sides below the ribs are hatched as no-go areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The palms have glided down to the lowest ribs, following two downward arrows that run side by side next to the spine; the muscle strips are highlighted and the spine and lower sides stay hatched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lay both palms flat high on the back, fingertips up, one either side of the spine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Glide slowly down to the lowest ribs, then return lightly. 7 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Last stroke: feather-light to the waistband, off the soft sides of the waist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Upper-back palm circles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Slow circles with a flat palm over the muscle around each shoulder blade, one side at a time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>There is no need to warm the skin up: stop when the time is over, or sooner if the skin turns very red.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Circle over the muscle around the blade; keep off the bony ridge along its top.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen from behind, over the giver's arm: a person sits leaning forward on a desk; the giver's flat palm lies low on the right upper back, over the muscle around the shoulder blade, inside a circular arrow; the bony ridge of the blade is hatched as a no-go area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The palm has travelled round the circle, up and out over the muscle around the shoulder blade; the blade's ridge stays hatched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lay your whole palm flat on the {side} upper back, over the muscle of the shoulder blade.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Circle slowly, one every two seconds, moving the skin with your palm. 8 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Drift round the edge of the shoulder blade, off its bony ridge, then lift away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leaning palm press</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Broad, slow presses with both flat hands beside the spine, the weight coming from the giver leaning in rather than from the thumbs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This takes the place of standing or walking on someone's back, which we never suggest: your hands can feel the load and ease it at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Build up slowly and never go past 5 on the scale.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Go no lower than the last ribs, and never onto the spine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Receivers can end it straight away just by sitting up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Side view of a person sitting and leaning forward onto a cushion on a desk, with a giver standing upright behind, palms on the upper back; an inset from behind shows the palms either side of the spine, with the spine and lower ribs hatched as no-go areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The giver leans in with straight arms, shown by an arrow from the chest down the arms and small pulse marks under the palms; the muscle strip beside the spine is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lean forward onto the cushion, forearms resting; sit up whenever you want it to end.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set your flat palms high on the back, one either side of the spine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lean gently, elbows soft: ease in as they breathe out, hold a moment, ease off, move a hand lower. 6 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>At the lowest ribs, lift off and let your hands rest.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Kneading the shoulder tops</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Whole-hand squeezes of the thick muscle along the top of each shoulder, like working soft dough.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Use the whole hand; never nip the skin with your fingertips or twist it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep well clear of the neck's front and sides and of the hollow above the collarbone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shoulder tops are often tender, so ask early and go lighter if needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen from behind, over the giver's arms: the giver's hands rest over the tops of a seated person's shoulders, thumbs behind; the shoulder-top muscle is highlighted and the neck is hatched as a no-go area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The right hand closes gently on the shoulder-top muscle and lifts it a touch, shown by a small upward arrow, while the left hand has moved out towards the tip of the shoulder; the neck stays hatched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rest a hand on each shoulder top, thumb behind; keep off the neck and the hollow above the collarbone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Close fingers and heel of the hand gently on the muscle, lift a touch, let go. 10 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Work out towards the tip of the shoulder and back, staying off the bone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Soft-fist rolling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Loose fists roll slowly down the muscle beside the spine, using the flat of the fingers rather than the knuckles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The flat middle part of the fingers touches the back, never the knuckle points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep to the muscle: stay off the spine, the ridge of the shoulder blade and the soft sides under the ribs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen from behind, over the giver's arms: a person sits leaning forward on a desk; the giver's two loose fists rest either side of the spine at shoulder-blade level; an inset shows the flat middle part of the fingers touching the back, not the knuckles, and the spine is hatched as a no-go area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The fists have rolled lower, towards the bottom of the ribs, following downward rolling arrows; the muscle strips beside the spine are highlighted and the spine stays hatched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Make loose fists so the flat middle of your fingers, not the knuckles, meets the back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start with a fist either side of the spine, level with the shoulder blades.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Roll gently down the muscle to the lowest ribs, lift off, start again at the top. 6 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Holding tender spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Still, steady presses on spots in the muscle that the receiver says feel tight, each held for a few seconds as they breathe out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The receiver chooses the spots and sets the pressure, up to 5 at most.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Choose spots in muscle only, a thumb's width or more out from the centre line of the back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Work with the soft pad of your thumb, or two fingers laid one on the other; keep the tips out of it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Move away at once from any spot that sends a shooting or tingling feeling.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen from behind, over the giver's arm: a person sits leaning forward on a desk; the giver's thumb feels along the muscle a thumb's width from the spine, an arrow pointing up to a small circled spot; the spine is hatched as a no-go area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The thumb pad rests on the circled spot and holds still, with small pulse marks showing a steady press; the spine stays hatched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Show where it feels tight, or say "there" when the thumb finds it; up to four spots.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check each spot is muscle, a thumb's width from the spine, not the neck or below the ribs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lean in slowly with the flat pad of your thumb, keep still a few breaths, ease off. 4 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Light pats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>An optional, brisk finish of soft, rhythmic pats on the upper back and the tops of the shoulders.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pat only the upper-back muscle and the shoulder tops; never over the spine, on the neck, or anywhere on the lower back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Leave it out if your partner would rather end calmly with the closing sweep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen from behind, over the giver's arms: a person sits upright on a chair; the giver's cupped hands are raised beside the shoulders, arrows pointing down; the upper back and shoulder tops are highlighted and the lower back is hatched as a no-go area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The cupped hands touch down lightly on the upper back, with short bouncing arrows; the upper back and shoulder tops are highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Cup your hands or make soft loose fists, and let your wrists go floppy.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pat lightly in an even rhythm over the upper-back muscle and the shoulder tops.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit-tall cue, no force</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The giver's still hand marks a spot on the upper back and the receiver sits tall to meet it; nobody pushes anything.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>This stands in for pressing on the spine or 'adjusting' it, which is a job for licensed clinicians only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>As the giver, you only offer a still hand: no pushing, pulling, twisting or cracking. The receiver does all the moving.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>To keep it up alone, try the shoulder-blade squeeze, the chest opener at the seat edge and the chair-back arch.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>For hunching or posture pain that won't settle, a physiotherapist is the right person to see.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Side view of a person sitting up straight, clear of the backrest, with a giver's open, relaxed palm resting between the shoulder blades; the upper back is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The seated person lifts the chest, shown by an upward arrow from the chest, and the shoulder blades draw back into the giver's palm, which stays relaxed; the upper back is highlighted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sit up straight, with your back clear of the chair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lay one relaxed palm flat across the upper back, between the shoulder blades; never push.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lift your breastbone and draw your blades back into the hand, hold three seconds, relax. 5 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Closing sweeps and rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A few slow, light strokes down the sides of the back, a moment of still hands, and a quick question about how it felt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the strokes light all the way down, especially over the soft sides of the waist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If your partner mentions any pain or tingling, open the stop-and-get-help advice.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Seen from behind, over the giver's arms: a person sits upright on a chair with the giver's palms resting lightly on the shoulder blades.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The palms have swept down to the lower sides of the back, following long, light downward arrows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stroke both palms lightly down from the shoulders along the sides of the back. 3 times.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Let your palms rest still on the shoulder blades a moment, then lift away.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask how your partner feels, and whether anything hurts or tingles.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Check-in before you swap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A short pause between turns: ask how the rub felt, then change places so the giver can receive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lift your hands away slowly and ask how that felt.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Say if anything felt sore or tingly; stop here if it did.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stand up, stretch your arms and change places.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have you hurt your neck recently, or been told by a clinician to avoid neck exercises?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Has your shoulder ever dislocated, or does it sometimes feel as if it might slip out?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do you have back pain that spreads down into a leg?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Has a doctor said you have osteoporosis, or have you ever had a fracture in your spine?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have you had an operation in the last few months that still limits how you can move?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do your knees hurt when you get up from a chair?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have you had a hip replacement and been given movement precautions to follow?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is your back, neck, shoulders or ribs still healing after an injury, a fall, an accident or an operation?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Have you been told your bones are fragile, for example from osteoporosis, or have you broken a bone in a minor knock?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Do you take medicine that thins your blood, or do you tend to bruise or bleed easily?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Are you pregnant at the moment?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Are you feverish or unwell today, or do you have a cut, bruise, rash, sunburn or infection on your back or shoulders?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is any pain severe, getting worse or waking you up at night, or have you noticed tingling, numbness or weakness in an arm or a leg?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Are you being treated for cancer, or have you ever had a blood clot such as a DVT?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Would you prefer to skip the touch today?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Is your back, a shoulder, a wrist or a hand sore or injured right now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Shall I give your shoulders and back a gentle rub for a few minutes? If you want me to stop at any point, just say so.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>lighter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>good</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Nothing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No pressure at all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Light (1–2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Gentle touch only. This is the level for pats, the closing sweeps and any area under the ribs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Firm but easy (3–4)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The aim for most techniques: you can breathe freely and stay fully relaxed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Firm, still comfortable (5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>The most a partner ever uses; never go past it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Too much (6 or more)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Your body tightens, your breath stops or you flinch: lighten off at once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rather skip the touch today, or somewhere it wouldn't feel right? Do this break's stretch routine side by side instead; you both still get up and move.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>If you fancy it, have some water, then get on your feet and walk around for a minute.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Some next-day tenderness is possible.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get medical advice for new pain in your side or belly, or for dark urine.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get medical advice for new tingling or weakness, or for soreness that is bad or still there after two days.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>No problem: a back rub isn't the best fit today, so here is a stretch routine you can do together instead.</source>
      <translation type="unfinished" />
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
    <name>history</name>
    <message>
      <source>No reminders yet today. The first one comes after a stretch of sitting; you can also take a break now from the tray menu.</source>
      <translation>今天还没有提醒。久坐一段时间后会出现第一次提醒；你也可以现在就从托盘菜单开始休息。</translation>
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
    <name>notify</name>
    <message>
      <source>Click to start.</source>
      <translation>点击开始。</translation>
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
      <source>Private questions for the person receiving</source>
      <translation>给接受按摩的人的私密问题</translation>
    </message>
    <message>
      <source>Private questions for %1</source>
      <translation>给 %1 的私密问题</translation>
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
    <message numerus="yes">
      <source>Pressure: %1–%2 out of 10</source>
      <translation>
        <numerusform>力度：%1–%2（满分 10）</numerusform>
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
      <source>Massage Break settings</source>
      <translation>Massage Break 设置</translation>
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
      <source>Massage Break: starting</source>
      <translation>Massage Break：正在启动</translation>
    </message>
    <message>
      <source>Take a break now</source>
      <translation>现在休息一下</translation>
    </message>
    <message>
      <source>Pause reminders</source>
      <translation>暂停提醒</translation>
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
      <source>Until tomorrow morning</source>
      <translation>直到明天早上</translation>
    </message>
    <message>
      <source>Resume reminders</source>
      <translation>恢复提醒</translation>
    </message>
    <message>
      <source>History…</source>
      <translation>历史记录…</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <source>Quit</source>
      <translation>退出</translation>
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
      <source>You can change all of this later under Settings in the tray menu.</source>
      <translation>以后可以随时在托盘菜单的“设置”中更改这些。</translation>
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
