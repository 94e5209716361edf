from circle_a import A
